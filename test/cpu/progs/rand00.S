	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 8(x30)
	ld x3, 104(x30)
	ld x4, 8(x30)
	ld x5, 160(x30)
	ld x6, 32(x30)
	ld x7, 8(x30)
	ld x8, 56(x30)
	ld x9, 160(x30)
	ld x10, 16(x30)
	ld x11, 120(x30)
	ld x12, 136(x30)
	ld x13, 8(x30)
	ld x14, 128(x30)
	ld x15, 72(x30)
	ld x16, 152(x30)
	ld x17, 168(x30)
	ld x18, 72(x30)
	ld x19, 88(x30)
	ld x20, 128(x30)
	ld x21, 112(x30)
	ld x22, 0(x30)
	ld x23, 16(x30)
	ld x24, 200(x30)
	ld x25, 16(x30)
	ld x26, 72(x30)
	ld x27, 8(x30)
	ld x28, 16(x30)
	ld x29, 64(x30)
	ld x30, 208(x30)
	la x30, dvals
	fld f0, 264(x30)
	fld f1, 240(x30)
	fld f2, 64(x30)
	fld f3, 72(x30)
	fld f4, 264(x30)
	fld f5, 64(x30)
	fld f6, 112(x30)
	flw f7, 308(x30)
	flw f8, 296(x30)
	fld f9, 264(x30)
	flw f10, 380(x30)
	flw f11, 320(x30)
	fld f12, 48(x30)
	flw f13, 376(x30)
	flw f14, 360(x30)
	fld f15, 0(x30)
	fld f16, 256(x30)
	fld f17, 232(x30)
	fld f18, 120(x30)
	fld f19, 24(x30)
	fld f20, 248(x30)
	flw f21, 352(x30)
	fld f22, 8(x30)
	fld f23, 200(x30)
	fld f24, 56(x30)
	fld f25, 192(x30)
	fld f26, 264(x30)
	fld f27, 216(x30)
	fld f28, 256(x30)
	fld f29, 56(x30)
	fld f30, 80(x30)
	fld f31, 64(x30)
	slt x8, x17, x14
	la x30, dvals
	fld f1, 424(x30)
	la x30, dvals
	fld f7, 88(x30)
	fsgnjn.d f22, f1, f7
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	la x30, dvals
	flw f2, 628(x30)
	fsgnjn.s f2, f14, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	addi x30, x31, 864
	amomin.w.aq x25, x6, (x30)
	slli x13, x1, 1
	slliw x0, x5, 31
	mulhu x22, x16, x6
	la x30, dvals
	flw f12, 292(x30)
	feq.s x17, f12, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	beq x7, x6, 1f
	and x11, x17, x3
	addw x25, x28, x8
1:
	divu x11, x9, x3
	la x30, dvals
	fld f3, 144(x30)
	fsqrt.d f27, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	sltu x27, x8, x11
	la x30, dvals
	fld f29, 464(x30)
	fdiv.d f29, f19, f29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	c.addw x9, x14
	sltu x29, x10, x18
	sd x18, 1104(x31)
	divu x25, x29, x4
	sltiu x0, x24, 31
	divuw x23, x6, x8
	remu x12, x4, x21
	addi x30, x31, 432
	amoadd.d x29, x28, (x30)
	la x30, 1f
	jalr x0, 0(x30)
	addw x15, x22, x17
1:
	remw x25, x16, x3
	la x30, dvals
	flw f31, 648(x30)
	la x30, dvals
	flw f2, 608(x30)
	fmadd.s f29, f2, f31, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	addi x30, x31, 600
	amominu.d.rl x15, x29, (x30)
	fadd.d f0, f24, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	la x30, dvals
	flw f2, 644(x30)
	fclass.s x20, f2
	la x30, dvals
	flw f14, 372(x30)
	fadd.s f11, f14, f24, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	la x30, dvals
	fld f3, 88(x30)
	fadd.d f17, f3, f4, dyn
	la x30, dvals
	flw f9, 668(x30)
	la x30, dvals
	flw f29, 656(x30)
	fdiv.s f18, f9, f29, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	mulw x22, x12, x0
	fclass.d x24, f24
	remuw x4, x29, x12
	c.addi x21, -32
	c.addiw x21, -1
	bltu x9, x12, 1f
	sllw x5, x28, x21
	srl x14, x16, x28
1:
	sh x11, 1214(x31)
	blt x5, x17, 1f
	add x12, x16, x19
1:
	slli x8, x25, 33
	slliw x23, x16, 18
	sw x6, 1972(x31)
	divw x8, x15, x28
	srai x15, x8, 60
	sraiw x29, x13, 14
	addi x11, x19, 0
	la x30, dvals
	fld f24, 216(x30)
	fsub.d f19, f24, f30, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	fsd f18, 0(x31)
	srlw x16, x24, x15
	slti x18, x7, -1
	srl x17, x11, x6
	sb x16, 333(x31)
	c.lwsp x1, 144(sp)
	c.ldsp x27, 248(sp)
	sll x5, x4, x20
	sd x1, 104(x31)
	or x4, x6, x28
	lbu x23, 1756(x2)
	la x30, dvals
	flw f0, 304(x30)
	la x30, dvals
	flw f25, 632(x30)
	fsub.s f10, f0, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	sb x10, 647(x31)
	sw x4, 1692(x31)
	la x30, dvals
	flw f16, 592(x30)
	fmax.s f6, f16, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	la x30, dvals
	fld f6, 256(x30)
	la x30, dvals
	fld f21, 8(x30)
	fnmsub.d f24, f24, f6, f21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	fmv.x.d x8, f31
	srai x12, x6, 63
	slliw x17, x7, 0
	fcvt.lu.d x17, f10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	c.nop
	bne x27, x14, 1f
	srl x9, x13, x28
	and x1, x19, x8
1:
	lui x12, 524287
	c.swsp x26, 192(sp)
	c.sdsp x25, 376(sp)
	la x30, dvals
	fld f11, 80(x30)
	la x30, dvals
	fld f0, 160(x30)
	fadd.d f14, f11, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	la x30, dvals
	fld f15, 456(x30)
	fsqrt.d f6, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	mulw x1, x23, x14
	la x30, dvals
	flw f11, 596(x30)
	fcvt.l.s x28, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	la x30, dvals
	flw f24, 608(x30)
	fsgnj.s f20, f24, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	fcvt.d.w f1, x19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	div x15, x8, x22
	c.j 1f
	sltu x16, x17, x9
1:
	div x18, x9, x21
	bgeu x19, x16, 1f
	sub x27, x21, x5
1:
	fcvt.wu.s x22, f12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	sd x27, 1480(x31)
	la x30, dvals
	fld f12, 8(x30)
	la x30, dvals
	fld f19, 544(x30)
	flt.d x3, f12, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	fcvt.wu.s x3, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	lh x28, 920(x2)
	slt x21, x18, x12
	bgeu x5, x24, 1f
	add x22, x12, x18
	sra x12, x9, x26
1:
	mulhsu x15, x6, x18
	addw x26, x16, x20
	c.srai x9, 60
	c.andi x14, -14
	c.fsdsp f9, 184(sp)
	slt x10, x13, x26
	ori x26, x22, 32
	csrrwi x1, frm, 1
	la x30, dvals
	flw f5, 628(x30)
	la x30, dvals
	flw f5, 648(x30)
	fdiv.s f3, f5, f5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	la x30, dvals
	flw f3, 616(x30)
	fcvt.lu.s x4, f3, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	la x30, dvals
	flw f14, 672(x30)
	la x30, dvals
	flw f9, 632(x30)
	fdiv.s f8, f14, f9, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	la x30, dvals
	flw f25, 336(x30)
	la x30, dvals
	flw f12, 592(x30)
	fsub.s f19, f25, f12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	la x30, dvals
	flw f12, 640(x30)
	la x30, dvals
	flw f15, 388(x30)
	la x30, dvals
	flw f5, 652(x30)
	fnmadd.s f6, f12, f15, f5, rmm
	or x27, x14, x3
	la x30, dvals
	fld f0, 400(x30)
	la x30, dvals
	fld f10, 480(x30)
	fdiv.d f29, f0, f10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	fmv.x.w x5, f27
	la x30, dvals
	flw f24, 656(x30)
	la x30, dvals
	flw f27, 632(x30)
	fadd.s f21, f24, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	ori x16, x16, 2047
	la x30, dvals
	flw f2, 660(x30)
	fmsub.s f26, f27, f2, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	fsqrt.s f1, f5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	mulw x6, x3, x29
	subw x28, x13, x5
	la x30, dvals
	flw f25, 612(x30)
	la x30, dvals
	flw f8, 368(x30)
	fdiv.s f27, f25, f8, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	divuw x16, x20, x12
	la x30, dvals
	flw f25, 388(x30)
	la x30, dvals
	flw f20, 600(x30)
	la x30, dvals
	flw f11, 388(x30)
	fmsub.s f24, f25, f20, f11, dyn
	la x30, 1f
	c.jr x30
	or x25, x13, x27
1:
	fmax.d f14, f3, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	lwu x28, 1660(x2)
	mulh x13, x11, x5
	xor x24, x14, x5
	sw x1, 1276(x31)
	slti x17, x28, 2047
	la x30, dvals
	fld f26, 176(x30)
	la x30, dvals
	fld f19, 88(x30)
	fdiv.d f7, f26, f19, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	srl x17, x10, x29
	la x30, 1f
	jalr x0, 0(x30)
	srl x27, x28, x25
1:
	la x30, dvals
	fld f20, 184(x30)
	la x30, dvals
	fld f12, 0(x30)
	fnmadd.d f17, f20, f8, f12, rup
	c.lwsp x9, 192(sp)
	c.ldsp x26, 96(sp)
	div x10, x8, x12
	auipc x1, 548781
	la x30, dvals
	fld f14, 264(x30)
	la x30, dvals
	fld f8, 216(x30)
	fsgnjx.d f2, f14, f8
	remu x10, x8, x16
	slt x6, x10, x7
	bltu x14, x1, 1f
	sltu x6, x29, x22
	xor x12, x29, x13
1:
	c.addi4spn x13, sp, 100
	addi x30, x31, 496
	amoadd.w x5, x17, (x30)
	la x30, dvals
	fld f1, 528(x30)
	flt.d x0, f27, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	bgeu x17, x11, 1f
	sraw x22, x24, x3
	srl x8, x4, x9
1:
	mulhu x0, x0, x27
	la x30, dvals
	fld f8, 128(x30)
	fsgnj.d f7, f8, f21
	bgeu x24, x14, 1f
	add x28, x14, x26
1:
	sltiu x7, x7, 1
	addi x30, x31, 792
	lr.w.rl x6, (x30)
	sltu x27, x12, x25
	sc.w.rl x0, x28, (x30)
	sc.w x6, x25, (x30)
	lbu x7, 1280(x2)
	la x30, dvals
	flw f21, 392(x30)
	fcvt.l.s x10, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	la x30, dvals
	flw f8, 672(x30)
	la x30, dvals
	flw f28, 360(x30)
	fsub.s f3, f8, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	fcvt.d.lu f16, x19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	slti x26, x22, -1
	sll x1, x16, x13
	fcvt.l.s x1, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	c.addi4spn x15, sp, 284
	la x30, dvals
	flw f25, 292(x30)
	la x30, dvals
	flw f9, 328(x30)
	fsgnj.s f27, f25, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	la x30, dvals
	flw f10, 320(x30)
	fcvt.w.s x24, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	mulw x9, x10, x11
	bgeu x12, x22, 1f
	or x12, x13, x4
1:
	fsqrt.s f13, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	addi x30, x31, 1464
	lr.d.aq x14, (x30)
	sc.d.aq x28, x17, (x30)
	sc.d x19, x5, (x30)
	la x30, dvals
	flw f23, 632(x30)
	fsub.s f22, f29, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	ori x14, x11, 1
	ld x21, 752(x2)
	c.fsdsp f1, 232(sp)
	la x30, dvals
	flw f29, 628(x30)
	la x30, dvals
	flw f13, 632(x30)
	la x30, dvals
	flw f20, 656(x30)
	fmadd.s f17, f29, f13, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	lwu x10, 1076(x31)
	fmv.w.x f27, x8
	divw x12, x1, x6
	la x30, dvals
	fld f22, 184(x30)
	fcvt.s.d f31, f22, rmm
	mv x15, x31
	c.lw x12, 64(x15)
	sllw x4, x0, x29
	la x30, dvals
	fld f17, 136(x30)
	la x30, dvals
	fld f6, 72(x30)
	fsgnj.d f28, f17, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	sllw x12, x8, x7
	xor x11, x1, x25
	ori x4, x0, 1
	addi x7, x0, -1
	and x4, x29, x12
	sub x23, x26, x17
	srli x11, x9, 31
	slliw x28, x29, 1
	fcvt.w.s x5, f21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	sh x23, 1950(x31)
	la x30, dvals
	fld f25, 176(x30)
	fsgnjx.d f20, f25, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	sltiu x13, x13, 0
	sh x16, 1958(x31)
	la x30, 1f
	jalr x23, 1(x30)
	sraw x22, x20, x9
1:
	sra x12, x28, x17
	la x30, dvals
	fld f24, 408(x30)
	flt.d x13, f3, f24
	sd x20, 1576(x31)
	sll x24, x4, x23
	c.fsdsp f21, 120(sp)
	sw x4, 144(x31)
	c.lwsp x5, 180(sp)
	c.ldsp x16, 312(sp)
	beq x1, x27, 1f
	sllw x19, x19, x24
	sll x13, x18, x25
1:
	la x30, dvals
	fld f26, 432(x30)
	fadd.d f15, f2, f26, rne
	lui x12, 524288
	la x30, dvals
	fld f24, 488(x30)
	fsqrt.d f16, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	remuw x22, x7, x7
	sh x19, 858(x31)
	jal x17, 1f
	sub x15, x8, x19
1:
	lui x23, 1
	c.addi x5, 5
	c.addiw x5, 31
	sub x20, x28, x15
	sh x8, 956(x31)
	jal x4, 1f
	sraw x17, x18, x3
1:
	addi x30, x31, 1480
	amomaxu.d.aqrl x14, x14, (x30)
	la x30, dvals
	flw f6, 652(x30)
	fnmadd.s f31, f12, f19, f6, rtz
	la x30, 1f
	c.jalr x30
	or x9, x5, x7
1:
	slt x9, x12, x18
	la x30, dvals
	flw f2, 304(x30)
	la x30, dvals
	flw f2, 644(x30)
	la x30, dvals
	flw f6, 616(x30)
	fmsub.s f7, f2, f2, f6, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	sh x23, 834(x31)
	lwu x5, 80(x31)
	or x23, x25, x0
	addi x30, x31, 1896
	amoor.w.rl x12, x6, (x30)
	srl x11, x13, x0
	la x30, 1f
	jalr x6, 1(x30)
	srl x25, x20, x19
1:
	mulh x18, x19, x12
	xor x20, x6, x28
	ld x19, 1268(x31)
	sh x28, 916(x31)
	la x30, dvals
	flw f19, 372(x30)
	fsub.s f10, f19, f3, dyn
	ori x7, x28, 32
	srli x6, x8, 32
	slliw x5, x15, 8
	sub x25, x20, x14
	c.mv x8, x5
	c.add x27, x8
	lb x16, 1813(x31)
	fcvt.s.wu f13, x21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	la x30, dvals
	flw f12, 672(x30)
	fcvt.l.s x19, f12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	la x30, dvals
	fld f19, 80(x30)
	fmin.d f3, f21, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	fld f21, 408(x30)
	fmul.d f25, f10, f21, rmm
	la x30, 1f
	jalr x13, 0(x30)
	sraw x5, x18, x3
1:
	mv x8, x31
	c.ld x9, 248(x8)
	sllw x6, x26, x28
	c.addi4spn x12, sp, 436
	la x30, dvals
	fld f8, 544(x30)
	la x30, dvals
	fld f28, 544(x30)
	fle.d x24, f8, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	fnmadd.s f19, f24, f0, f27, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	la x30, dvals
	fld f28, 520(x30)
	fadd.d f22, f23, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	slli x15, x27, 11
	srliw x12, x5, 0
	addi x27, x27, 0
	addiw x7, x4, 64
	add x14, x25, x16
	bge x6, x13, 1f
	sra x21, x29, x3
	sll x20, x1, x29
1:
	addi x30, x31, 624
	amominu.d.aq x14, x14, (x30)
	la x30, dvals
	flw f29, 292(x30)
	la x30, dvals
	flw f0, 680(x30)
	fsub.s f12, f29, f0, rne
	lh x6, 644(x31)
	la x30, dvals
	flw f2, 684(x30)
	fcvt.wu.s x12, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	lw x13, 1584(x2)
	la x30, dvals
	fld f4, 80(x30)
	fmadd.d f12, f22, f4, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	addw x13, x25, x9
	fclass.d x29, f31
	bne x9, x13, 1f
	subw x8, x26, x8
	srlw x27, x1, x10
1:
	fmul.s f4, f2, f6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	srli x14, x6, 31
	slliw x0, x25, 0
	sra x5, x18, x0
	c.subw x15, x10
	sh x25, 2026(x31)
	addi x30, x31, 88
	lr.w.rl x23, (x30)
	sll x16, x9, x10
	sc.w.rl x26, x7, (x30)
	mul x15, x29, x0
	mulhu x21, x27, x11
	and x1, x13, x1
	fmin.d f17, f27, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	la x30, dvals
	flw f19, 388(x30)
	fnmsub.s f21, f24, f29, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	slt x27, x21, x3
	xori x25, x22, -1
	divu x14, x16, x4
	c.j 1f
	subw x8, x3, x13
1:
	lui x24, 524288
	lw x0, 1232(x31)
	la x30, dvals
	flw f22, 388(x30)
	fsgnj.s f20, f25, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	fld f21, 136(x30)
	fsgnjn.d f13, f21, f10
	ld x3, 531(x31)
	auipc x8, 1048575
	mul x19, x12, x26
	srli x25, x19, 1
	sraiw x14, x4, 1
	fcvt.d.s f1, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	mulw x16, x16, x22
	mv x12, x31
	c.fld f15, 64(x12)
	la x30, dvals
	flw f0, 664(x30)
	la x30, dvals
	flw f17, 612(x30)
	fnmsub.s f20, f30, f0, f17, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	fld f30, 1752(x31)
	srl x1, x21, x9
	addiw x19, x12, 2047
	mulhu x24, x28, x18
	lui x24, 1048575
	addi x30, x31, 1520
	amoadd.w.aq x22, x10, (x30)
	remuw x5, x15, x14
	la x30, dvals
	flw f29, 648(x30)
	fadd.s f26, f2, f29, rne
	fmul.d f4, f19, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	fcvt.l.d x4, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	slli x27, x0, 32
	srliw x7, x26, 24
	sra x15, x29, x1
	lbu x27, 801(x2)
	sb x12, 1958(x31)
	addi x30, x31, 848
	amomax.w.aqrl x11, x3, (x30)
	addi x5, x16, 0
	auipc x26, 1
	la x30, dvals
	flw f20, 600(x30)
	fsub.s f31, f27, f20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	lw x24, 872(x31)
	fsqrt.s f28, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	or x8, x11, x28
	fcvt.wu.s x27, f16, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	la x30, 1f
	c.jalr x30
	sltu x23, x22, x26
1:
	addiw x25, x9, 2047
	sub x19, x15, x19
	la x30, dvals
	flw f31, 328(x30)
	fdiv.s f30, f31, f17, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	lbu x17, 772(x2)
	sltiu x19, x0, 32
	bge x25, x8, 1f
	sra x14, x23, x8
	sraw x28, x19, x1
1:
	addiw x19, x21, -2048
	xori x24, x10, 31
	sub x21, x16, x0
	fmul.s f15, f2, f28, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	la x30, dvals
	flw f13, 280(x30)
	fmul.s f1, f13, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, dvals
	flw f11, 392(x30)
	fadd.s f1, f11, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	sub x13, x9, x15
	srl x16, x17, x4
	remuw x13, x19, x8
	addi x30, x31, 240
	lr.d x24, (x30)
	slt x11, x7, x28
	addi x30, x30, 8
	sc.d x28, x22, (x30)
	sc.d x7, x7, (x30)
	auipc x25, 0
	la x30, 1f
	jalr x15, 0(x30)
	slt x28, x21, x9
1:
	la x30, dvals
	fld f17, 456(x30)
	la x30, dvals
	fld f8, 432(x30)
	fsub.d f28, f17, f8, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	lb x14, 1133(x2)
	fcvt.l.s x5, f27, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	srl x23, x24, x5
	sltiu x3, x10, 2047
	sd x14, 376(x31)
	fsub.s f30, f2, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	la x30, dvals
	flw f21, 640(x30)
	fmul.s f5, f21, f19, rup
	addi x30, x31, 1768
	amominu.d x3, x29, (x30)
	lwu x26, 1864(x31)
	fsqrt.s f29, f6, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	fcvt.s.lu f0, x8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	add x6, x14, x19
	la x30, dvals
	fld f8, 248(x30)
	fdiv.d f19, f8, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	la x30, dvals
	fld f11, 248(x30)
	la x30, dvals
	fld f6, 496(x30)
	la x30, dvals
	fld f0, 504(x30)
	fnmadd.d f1, f11, f6, f0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	fsqrt.d f28, f2, rdn
	la x30, 1f
	c.jr x30
	srl x6, x1, x26
1:
	sub x22, x12, x5
	srlw x5, x0, x6
	fsub.d f23, f14, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	addi x30, x31, 1344
	amoadd.w x22, x6, (x30)
	fcvt.lu.s x24, f27, rmm
	c.addi16sp sp, 64
	c.sdsp x25, 160(sp)
	mv sp, x31
	c.srli x9, 10
	c.andi x15, -32
	mulhu x27, x14, x9
	mulw x16, x21, x10
	la x30, dvals
	flw f6, 652(x30)
	la x30, dvals
	flw f19, 280(x30)
	fmin.s f11, f6, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	la x30, dvals
	fld f17, 96(x30)
	fmul.d f29, f7, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	c.addi x11, -32
	c.addiw x11, -32
	sd x14, 344(x31)
	auipc x0, 1
	andi x1, x25, -1478
	addw x9, x17, x11
	jal x9, 1f
	subw x17, x15, x10
1:
	divu x29, x19, x14
	mv x11, x31
	c.fld f9, 24(x11)
	la x30, dvals
	flw f18, 280(x30)
	fmadd.s f16, f17, f16, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	slt x23, x1, x20
	la x30, dvals
	flw f27, 628(x30)
	fsub.s f3, f27, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	la x30, dvals
	fld f18, 152(x30)
	fclass.d x5, f18
	sw x18, 684(x31)
	la x30, dvals
	fld f11, 560(x30)
	la x30, dvals
	fld f22, 88(x30)
	fnmadd.d f20, f23, f11, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	c.li x25, -6
	c.lui x25, 25
	c.slli x16, 45
	la x30, dvals
	fld f11, 400(x30)
	fnmadd.d f5, f0, f6, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	sd x21, 1072(x31)
	slti x15, x20, 31
	blt x17, x12, 1f
	or x22, x6, x25
1:
	addiw x1, x0, 2047
	sll x3, x10, x29
	la x30, dvals
	fld f12, 432(x30)
	fsub.d f11, f12, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	la x30, dvals
	flw f28, 676(x30)
	fnmsub.s f17, f22, f19, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	lh x0, 1996(x2)
	lwu x17, 192(x2)
	la x30, 1f
	jalr x6, 1(x30)
	add x11, x28, x19
1:
	auipc x22, 843215
	mulw x9, x7, x12
	c.li x14, 1
	c.lui x14, 17
	la x30, dvals
	flw f11, 284(x30)
	la x30, dvals
	flw f24, 344(x30)
	fdiv.s f8, f11, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	srlw x6, x10, x19
	mulh x5, x9, x10
	c.or x14, x12
	addw x21, x13, x5
	fmsub.s f20, f24, f3, f6, rtz
	ori x11, x29, -1
	divuw x13, x8, x14
	la x30, dvals
	flw f15, 348(x30)
	fnmadd.s f5, f26, f15, f5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	rem x16, x24, x12
	remw x6, x10, x16
	srlw x23, x8, x5
	srlw x25, x5, x8
	sub x26, x27, x0
	add x10, x26, x16
	la x30, dvals
	flw f2, 372(x30)
	la x30, dvals
	flw f10, 676(x30)
	fdiv.s f26, f2, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	flt.s x29, f3, f8
	mulh x13, x1, x21
	addiw x26, x9, 1
	srl x14, x14, x1
	la x30, dvals
	fld f10, 272(x30)
	fadd.d f9, f10, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	ori x1, x27, 2047
	lw x4, 392(x31)
	lwu x12, 1960(x31)
	fsgnjn.d f18, f5, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	bge x3, x16, 1f
	add x4, x11, x8
1:
	la x30, dvals
	flw f4, 628(x30)
	la x30, dvals
	flw f13, 600(x30)
	fdiv.s f30, f4, f13, rdn
	la x30, dvals
	flw f5, 360(x30)
	fdiv.s f1, f5, f30, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	la x30, dvals
	flw f20, 344(x30)
	la x30, dvals
	flw f16, 592(x30)
	fadd.s f1, f20, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
	la x30, dvals
	flw f12, 596(x30)
	fdiv.s f31, f25, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 94(x30)
	addw x28, x19, x26
	la x30, dvals
	flw f16, 364(x30)
	la x30, dvals
	flw f1, 336(x30)
	feq.s x10, f16, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 95(x30)
	c.j 1f
	sra x20, x24, x6
1:
	remw x18, x3, x27
	la x30, dvals
	fld f4, 456(x30)
	fadd.d f8, f4, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 96(x30)
	la x30, dvals
	fld f0, 8(x30)
	fcvt.lu.d x19, f0, rtz
	bge x11, x23, 1f
	sltu x5, x21, x27
	slt x28, x21, x21
1:
	la x30, dvals
	flw f19, 312(x30)
	fcvt.d.s f2, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 97(x30)
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x3beeec752a67d7e5
	.dword 0xc3f8eaa80b1d3a3e
	.dword 0x270f2e739ae4cd73
	.dword 0x6a1f3616176bbf78
	.dword 0x7015687a7e529817
	.dword 0x875db95f3ebe6de4
	.dword 0x935018c59956ecc1
	.dword 0xdd133a66f1ab4e69
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0x3e706147b419f3a3
	.dword 0xbf6e2f6dde678de4
	.dword 0xc02bdd9a343a34ce
	.dword 0xc1c5a6c0d30d175e
	.dword 0x3fa869948f079c99
	.dword 0x3e85930cc6ba11d6
	.dword 0x40b9fb925d0de74f
	.dword 0xc12fcaf397ce3f6b
	.dword 0xbfb81c17c7c01d1a
	.dword 0xc08b13929bafec16
	.dword 0xbf5e3f5127a3e6a3
	.dword 0x40102212e2b9d10b
	.dword 0x0012b95036fb0824
	.dword 0x8018754f64698e87
	.dword 0x7fea8e9ff6d84603
	.dword 0x7fe4348a40c745b8
	.dword 0x801e8c6d2274b0e4
	.dword 0x83293e0fb832c3fb
	.dword 0xffd9dc5f2369a60e
	.dword 0xc33e9c190f77389f
	.dword 0xffdbba26c709dd71
	.dword 0xc3e43db1ccd04df8
	.dword 0x03274b3440288dbc
	.dword 0xffec7d3a958450af
	.word 0x41525fd3
	.word 0x3d5881d9
	.word 0xc1bbb20c
	.word 0xc20e44e3
	.word 0xbac7189f
	.word 0x403a73c4
	.word 0xc024021c
	.word 0x451940ec
	.word 0xc0c41089
	.word 0x432d8e3a
	.word 0x4527758b
	.word 0x39d136a2
	.word 0xf6aeecd
	.word 0x7ef3a8ea
	.word 0x8f3e896a
	.word 0x4b553e64
	.word 0x8163e948
	.word 0xf4855bd
	.word 0xf53ad63
	.word 0x7f1f8649
	.word 0x815c92fc
	.word 0x8017398f
	.word 0xfea68ed1
	.word 0xf34c3dc
	.balign 16
scratch:
	.word 0xc7a7db9b
	.word 0xa6401bd1
	.word 0x27740cc
	.word 0xa7b80a9b
	.word 0x7b8c042e
	.word 0x9a3e8cea
	.word 0x3fdece5b
	.word 0x24ae7771
	.word 0xa2446871
	.word 0xc601a554
	.word 0xa7c0dc21
	.word 0x34d0e263
	.word 0x3b0e538d
	.word 0xde8eed72
	.word 0x673530a2
	.word 0xe5031672
	.word 0x7e6fa714
	.word 0xdb212812
	.word 0x3a41f763
	.word 0x911f3395
	.word 0x9ad8ac43
	.word 0x6541f68b
	.word 0x2987d323
	.word 0xaf988092
	.word 0x4ed975b7
	.word 0x6d9b1580
	.word 0xea4950b5
	.word 0xcbad83da
	.word 0x1093811
	.word 0xe76a6994
	.word 0xe14f2bb8
	.word 0x833d1d24
	.word 0x33a82068
	.word 0xc3024cfa
	.word 0xd9347f34
	.word 0x8c885ffd
	.word 0x69803486
	.word 0x8d08a2ce
	.word 0xb374e2a6
	.word 0xcb2693f6
	.word 0x3253b41a
	.word 0xdeca1832
	.word 0x244ecc54
	.word 0x45426476
	.word 0x3058b290
	.word 0xe75e9335
	.word 0x923d1c89
	.word 0x428afbf
	.word 0x2a37ad50
	.word 0x2c25915e
	.word 0x5fcdd579
	.word 0x49327ec8
	.word 0xdb84ca1d
	.word 0x1a2e24be
	.word 0x988f7a2
	.word 0xf8eb3f9c
	.word 0x7c06f210
	.word 0xead0c572
	.word 0xbda175ed
	.word 0xf08f1003
	.word 0x436051c4
	.word 0x62465868
	.word 0x802a956d
	.word 0x826cd9ee
	.word 0x3373bd86
	.word 0xdca8a307
	.word 0xd1cccb03
	.word 0x5d3d65f5
	.word 0xc1f41bb4
	.word 0x12d5e455
	.word 0x65bd7c3a
	.word 0x8d717dc7
	.word 0xfbf058c3
	.word 0xede05657
	.word 0x2727d82
	.word 0xf5817703
	.word 0xb74e2cd3
	.word 0x285ac299
	.word 0x7132893d
	.word 0x22b21fd7
	.word 0x48512113
	.word 0xe21d926a
	.word 0x5a4fb202
	.word 0x2dfb24a5
	.word 0x649ba252
	.word 0xaecad7a
	.word 0x7737f9bb
	.word 0x881b6adb
	.word 0x4d4f771b
	.word 0xd6249f6d
	.word 0xfceaaca9
	.word 0x8684dad6
	.word 0xa61c9319
	.word 0xbb8a8de6
	.word 0xacf1275d
	.word 0x8b42a950
	.word 0x13700ae4
	.word 0x57bcfdb2
	.word 0xc951ef57
	.word 0x63d5d44a
	.word 0xf2c3e464
	.word 0x47ab4b23
	.word 0xf728b4c4
	.word 0xd7b8c79c
	.word 0x262f2719
	.word 0x9b40a99f
	.word 0x4012da66
	.word 0x709ceee9
	.word 0x4576b169
	.word 0xf820c044
	.word 0xe52e3a50
	.word 0x6ee14722
	.word 0x86a1a020
	.word 0xe61ad732
	.word 0x2365e0cc
	.word 0x70f9c132
	.word 0x532b0efd
	.word 0x6c624767
	.word 0xb5581120
	.word 0x58f5195e
	.word 0x800a3291
	.word 0xd56461d
	.word 0x77251e37
	.word 0x48911c86
	.word 0xb3cc9c6
	.word 0xd28c5844
	.word 0x691a6446
	.word 0x97c4676f
	.word 0x7e18d59b
	.word 0xf1db7e0e
	.word 0x5d44d163
	.word 0x2a728837
	.word 0x15fee42d
	.word 0xe61f3290
	.word 0x9eb6476
	.word 0xc9d74e44
	.word 0x23e4172b
	.word 0x8125d2cb
	.word 0x54e941d5
	.word 0xe6a8283c
	.word 0x9654e48b
	.word 0x5275bcc9
	.word 0x587129df
	.word 0xd414183a
	.word 0xb57d05d3
	.word 0xad2a8930
	.word 0x7d9211f6
	.word 0xca350a20
	.word 0x556cc98
	.word 0x4471fdba
	.word 0x3168b79
	.word 0x9d418ae5
	.word 0x2fb2e18b
	.word 0x3f4b10a
	.word 0x2f62c7e0
	.word 0x844179cf
	.word 0xc4614213
	.word 0x6849d442
	.word 0xaf61962
	.word 0xf29d8c6f
	.word 0x2119f107
	.word 0xf81acdfb
	.word 0x951a5809
	.word 0x1d79f784
	.word 0x52a5ae40
	.word 0xad66336
	.word 0x10a8cdae
	.word 0x2abc2d20
	.word 0x4c172f2c
	.word 0x97ad8175
	.word 0xd7e56434
	.word 0x1718e925
	.word 0x4db5cb5b
	.word 0x6f04f7b4
	.word 0xcfb3e6ed
	.word 0xdeadf41a
	.word 0x65fe05ad
	.word 0xc351608
	.word 0x707c6f32
	.word 0x4ed06e1f
	.word 0x21665d56
	.word 0xb351ee30
	.word 0x5c62861b
	.word 0x989de92b
	.word 0x92abe517
	.word 0x2f273073
	.word 0xec0fa807
	.word 0x38e7d480
	.word 0x8c8102db
	.word 0x379ca276
	.word 0xd994407f
	.word 0x62ea9ef2
	.word 0x17ac0b68
	.word 0x4ee94108
	.word 0xbfc63fec
	.word 0x7f4bfdd1
	.word 0x1eca6889
	.word 0x28b74de4
	.word 0xe07e0141
	.word 0x2a901c2a
	.word 0xbbc5ca0
	.word 0x852b8a34
	.word 0x79c37042
	.word 0xeeac4f47
	.word 0x8fd70045
	.word 0x942d62ea
	.word 0x3677e492
	.word 0x965dfde0
	.word 0x15dccb10
	.word 0x1b6f24af
	.word 0xadd112
	.word 0xeb7646f5
	.word 0x56b61301
	.word 0xe19542a
	.word 0xb71ccae4
	.word 0xe64be544
	.word 0xc6862e95
	.word 0x69c568df
	.word 0x5f03bcb0
	.word 0x3a20b7ba
	.word 0xb62bdbf1
	.word 0x67e6363b
	.word 0x8501d3cb
	.word 0x50656297
	.word 0x7ac86d0c
	.word 0x9a5301b8
	.word 0xb6ebedca
	.word 0xa10bc403
	.word 0xe8f2d006
	.word 0xecbb669f
	.word 0x8d7013cb
	.word 0x6e2fbdaf
	.word 0xaad83d22
	.word 0x2f9581c
	.word 0x16a350c1
	.word 0xebd29d1c
	.word 0xb65965a4
	.word 0xc758b292
	.word 0xf059d8f7
	.word 0xa3acf7d4
	.word 0x979b469f
	.word 0x1653fe5b
	.word 0x5a8df877
	.word 0x55ee3c76
	.word 0xde761d86
	.word 0xa51cbfc5
	.word 0x6e64d057
	.word 0x79a70660
	.word 0xb4021075
	.word 0x3795a513
	.word 0xe5c71588
	.word 0xe9b4d053
	.word 0x46fb80c
	.word 0x9ea676db
	.word 0x5fdae245
	.word 0x71da320c
	.word 0xc4ee91e1
	.word 0xcc85eb88
	.word 0x4f6ebd32
	.word 0x81de9b96
	.word 0x7222ac0
	.word 0xd3b745d
	.word 0x15ac5525
	.word 0x7e1fee81
	.word 0xfa3e63a6
	.word 0xff1da8e3
	.word 0xa3c5183
	.word 0x81824125
	.word 0xfd763b36
	.word 0x780c21fe
	.word 0x7a406307
	.word 0xb237baf7
	.word 0xe8467023
	.word 0xee026342
	.word 0xef243c97
	.word 0x7e6bf14c
	.word 0x80c5ccd
	.word 0xf1221de7
	.word 0xe14a31a8
	.word 0x489320f7
	.word 0xbd370091
	.word 0xf984ce63
	.word 0x695b56a7
	.word 0x72795b60
	.word 0x7bbb8aaa
	.word 0x5737347d
	.word 0x86a15881
	.word 0x1b94e579
	.word 0x604b5a64
	.word 0x6bfc2307
	.word 0x1c0a2de9
	.word 0x6f530772
	.word 0xf815552c
	.word 0x4af72f4
	.word 0xb4c1760c
	.word 0xda17da8c
	.word 0x98f0fcf
	.word 0xe6a5e574
	.word 0x1b624651
	.word 0x26a1bf25
	.word 0x39e7e767
	.word 0x6467d9a2
	.word 0x7529176b
	.word 0xaf4fcda9
	.word 0x89a21c54
	.word 0x8f37d140
	.word 0xd6e2922f
	.word 0x10413ffc
	.word 0xc06a2043
	.word 0x8224c32
	.word 0x7521b0e0
	.word 0x248fbebe
	.word 0xb85af552
	.word 0x38e8036a
	.word 0x282eba28
	.word 0x1213763d
	.word 0xe649e2b7
	.word 0x99f298b8
	.word 0x965a448a
	.word 0x7a6160f
	.word 0x6995033c
	.word 0xf7ae1f65
	.word 0xbc160dc4
	.word 0xc878d173
	.word 0x988dd358
	.word 0x7e3e874b
	.word 0x7421b420
	.word 0x16173b32
	.word 0xdf5172ca
	.word 0xd001038e
	.word 0xfe67cd76
	.word 0xfee8dcd2
	.word 0x4b2f230b
	.word 0x468c812c
	.word 0x3842578
	.word 0x6247bb4d
	.word 0x30e46a9a
	.word 0xb59fc61
	.word 0xae6d076b
	.word 0xde8c654b
	.word 0x1680a779
	.word 0x4f9f4f8e
	.word 0x6bb54b99
	.word 0x9a0755ba
	.word 0x66b591a2
	.word 0x44b6c7a2
	.word 0x141bf9e3
	.word 0xfd22270
	.word 0x381cf07e
	.word 0x647f0d97
	.word 0x3c784151
	.word 0xbe1d1478
	.word 0x8ed15c11
	.word 0xf36f9b8
	.word 0xd033a6b8
	.word 0x387a6d8a
	.word 0xcca9fa8f
	.word 0x8cf40d13
	.word 0xa79b1cb8
	.word 0x4583a97e
	.word 0x25225428
	.word 0x9b4b1c9b
	.word 0xe3d81e17
	.word 0xe34b4d5a
	.word 0xd6e94d6a
	.word 0x17ca2bc8
	.word 0x4d350b1
	.word 0xb66dbdb3
	.word 0x3aa0769e
	.word 0xba063847
	.word 0xdcd23ec0
	.word 0xfa441be5
	.word 0x5e286859
	.word 0x374f58c8
	.word 0x5690ea83
	.word 0x33d54303
	.word 0xed18b5f9
	.word 0x8f5aed6a
	.word 0x8c0f4631
	.word 0xfde3def5
	.word 0x419a808b
	.word 0x20f6e18e
	.word 0x642ca24d
	.word 0xfcca359f
	.word 0xf5489cc3
	.word 0x3cc17acb
	.word 0x609a73e7
	.word 0xf2361614
	.word 0x2e6543ae
	.word 0x4408d466
	.word 0x8e035fa4
	.word 0x5b0206bf
	.word 0x616881f5
	.word 0x5b95329e
	.word 0x451703dd
	.word 0x8f2dc0b
	.word 0x3d0123f2
	.word 0x369286ed
	.word 0xafadac8a
	.word 0x5da0d314
	.word 0xbf8c6e55
	.word 0x7a9c39b6
	.word 0x48fa6b03
	.word 0xb6db300e
	.word 0xcb899403
	.word 0xd8389867
	.word 0xadb7a25d
	.word 0x6679fac3
	.word 0x7d177c33
	.word 0xc0bbfa1b
	.word 0x40e07907
	.word 0xb7d76207
	.word 0x2962564c
	.word 0x16d714b9
	.word 0x7c499db9
	.word 0xb02dd286
	.word 0x45dfe0b8
	.word 0x80df37dc
	.word 0xa2b41d0e
	.word 0x3ac7d04
	.word 0xd9bdb42
	.word 0xa887a75b
	.word 0xd1f1c4cd
	.word 0xc46a1f59
	.word 0x77aeefb9
	.word 0xe16ac835
	.word 0xb5eab463
	.word 0x8fb21fd0
	.word 0x45474774
	.word 0x189ba5a0
	.word 0xe9dde557
	.word 0xfb92d26c
	.word 0x9a3f52e3
	.word 0x7c025092
	.word 0xf41178da
	.word 0xba40febf
	.word 0x177ec2f4
	.word 0x2b2489e4
	.word 0xf912c9e8
	.word 0xa5dca61f
	.word 0x12f48c90
	.word 0xefbf6943
	.word 0x50760908
	.word 0xbbbf75c3
	.word 0xf5e0d740
	.word 0xe1cb844
	.word 0xbb9aed0e
	.word 0x21509c73
	.word 0x6902469c
	.word 0x1beb18f4
	.word 0x6641354e
	.word 0x5df2727a
	.word 0x641a4f24
	.word 0x9225e2bb
	.word 0xe02025c2
	.word 0x779ae64e
	.word 0x41354f07
	.word 0xf26eb6cd
	.word 0xb2579656
	.word 0x5333b518
	.word 0x97845dd0
	.word 0x9bf42a2f
	.word 0xc8896b97
	.word 0x5a84d42a
	.word 0xc03f716a
	.word 0xec56ea03
	.word 0x13c4c388
	.word 0xfd054c12
	.word 0xc463ec71
	.word 0x845f8067
	.word 0xfe38138e
	.word 0x757c18ea
	.word 0x3a45589a
	.word 0xbb9c5611
	.word 0x1a93b97e
	.word 0xda35bba0
	.word 0xc5702d00
	.word 0xdad9e068
	.word 0x3c46f342
	.word 0xa7f688f5
	.word 0xabea63a1
	.word 0x14583dae
	.word 0x6e537f58
	.word 0x36b78f04
	.word 0x2dbaf94f
	.word 0x20f720c6
	.word 0x591fd491
	.word 0xd2390fb7
	.word 0x8a3d5c50
	.word 0x175eddeb
	.word 0x5098a8da
	.word 0xf5fa897b
	.word 0x3e62d931
	.word 0xcdddb9f3
	.word 0x269f74c2
	.word 0xc8ed48e1
	.word 0x5fda5b39
	.word 0x83135d87
	.word 0xfcdaf316
	.word 0xf5b42b0a
	.word 0x6a7f3f60
	.word 0x3ffc4c89
	.word 0x7bcbc05f
	.word 0x7bc4165f
	.word 0xd8fed1d8
	.word 0x5a7fc7fa
	.word 0xf29a01fa
	.word 0xe6060da8
	.word 0xd1d0d051
	.word 0xb088223c
	.word 0x2d30f33b
	.word 0x59a6d890
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
