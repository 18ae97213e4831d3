	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 192(x30)
	ld x3, 128(x30)
	ld x4, 24(x30)
	ld x5, 96(x30)
	ld x6, 152(x30)
	ld x7, 128(x30)
	ld x8, 32(x30)
	ld x9, 56(x30)
	ld x10, 64(x30)
	ld x11, 112(x30)
	ld x12, 152(x30)
	ld x13, 128(x30)
	ld x14, 120(x30)
	ld x15, 136(x30)
	ld x16, 64(x30)
	ld x17, 88(x30)
	ld x18, 208(x30)
	ld x19, 160(x30)
	ld x20, 8(x30)
	ld x21, 8(x30)
	ld x22, 48(x30)
	ld x23, 144(x30)
	ld x24, 96(x30)
	ld x25, 32(x30)
	ld x26, 144(x30)
	ld x27, 80(x30)
	ld x28, 120(x30)
	ld x29, 192(x30)
	ld x30, 80(x30)
	la x30, dvals
	flw f0, 388(x30)
	fld f1, 208(x30)
	fld f2, 96(x30)
	fld f3, 224(x30)
	fld f4, 0(x30)
	fld f5, 200(x30)
	fld f6, 136(x30)
	fld f7, 152(x30)
	fld f8, 56(x30)
	fld f9, 176(x30)
	fld f10, 120(x30)
	fld f11, 184(x30)
	fld f12, 0(x30)
	fld f13, 24(x30)
	flw f14, 384(x30)
	fld f15, 184(x30)
	fld f16, 48(x30)
	flw f17, 392(x30)
	fld f18, 176(x30)
	fld f19, 308(x30)
	flw f20, 352(x30)
	flw f21, 308(x30)
	fld f22, 112(x30)
	fld f23, 56(x30)
	fld f24, 128(x30)
	flw f25, 284(x30)
	fld f26, 8(x30)
	fld f27, 80(x30)
	fld f28, 224(x30)
	fld f29, 256(x30)
	flw f30, 360(x30)
	flw f31, 308(x30)
	la x30, dvals
	fld f23, 184(x30)
	fsqrt.d f28, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	bge x7, x19, 1f
	sra x29, x16, x28
	addw x28, x21, x25
1:
	slli x21, x28, 0
	sraiw x29, x18, 0
	bge x16, x10, 1f
	srl x16, x8, x18
	or x0, x23, x0
1:
	c.addi x25, -1
	c.addiw x25, -1
	divw x12, x21, x26
	la x30, dvals
	fld f15, 168(x30)
	la x30, dvals
	fld f15, 528(x30)
	fnmadd.d f25, f15, f24, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	la x30, dvals
	fld f8, 176(x30)
	la x30, dvals
	fld f5, 448(x30)
	la x30, dvals
	fld f23, 88(x30)
	fnmsub.d f14, f8, f5, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	flw f6, 300(x30)
	fmsub.s f25, f3, f6, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	c.j 1f
	slt x21, x12, x9
1:
	la x30, dvals
	flw f17, 640(x30)
	fsqrt.s f19, f17, rne
	mulw x14, x29, x23
	la x30, dvals
	fld f10, 408(x30)
	fsqrt.d f14, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	mulh x12, x15, x20
	la x30, 1f
	jalr x13, 1(x30)
	and x25, x1, x8
1:
	fnmsub.s f4, f0, f11, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	la x30, dvals
	fld f11, 48(x30)
	la x30, dvals
	fld f28, 528(x30)
	fle.d x23, f11, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	la x30, dvals
	flw f28, 392(x30)
	fsqrt.s f11, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	and x23, x5, x21
	sraw x4, x13, x3
	addi x30, x31, 56
	amoxor.d.aqrl x1, x13, (x30)
	la x30, dvals
	fld f20, 464(x30)
	fcvt.w.d x7, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	add x26, x10, x29
	srlw x23, x15, x17
	fadd.s f6, f16, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	c.j 1f
	sub x24, x24, x8
1:
	c.j 1f
	add x11, x15, x3
1:
	bgeu x10, x18, 1f
	addw x11, x5, x17
	subw x27, x23, x15
1:
	sb x23, 688(x31)
	la x30, dvals
	flw f6, 672(x30)
	la x30, dvals
	flw f24, 676(x30)
	fdiv.s f21, f6, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	sltiu x13, x5, -1
	andi x29, x20, 31
	beq x23, x1, 1f
	xor x9, x24, x26
1:
	la x30, dvals
	flw f11, 388(x30)
	fdiv.s f16, f8, f11, rne
	fmv.d.x f31, x21
	ld x8, 707(x31)
	mulhu x12, x16, x21
	la x30, dvals
	flw f29, 652(x30)
	fcvt.l.s x17, f29, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	mulhsu x24, x20, x14
	slti x28, x18, -2
	srai x16, x25, 32
	sraiw x5, x3, 25
	slli x15, x28, 63
	sraiw x23, x29, 31
	la x30, dvals
	fld f26, 512(x30)
	fadd.d f30, f26, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	feq.s x9, f7, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	sb x3, 407(x31)
	la x30, dvals
	fld f15, 576(x30)
	fmul.d f23, f13, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	c.j 1f
	add x11, x15, x10
1:
	slt x15, x20, x6
	addi x30, x31, 160
	lr.d.aq x10, (x30)
	or x17, x12, x23
	sc.d.aq x0, x0, (x30)
	ori x3, x21, 32
	sub x1, x3, x26
	slti x1, x24, 2047
	c.beqz x14, 1f
	and x13, x14, x3
1:
	remuw x29, x1, x17
	subw x8, x4, x28
	rem x1, x7, x11
	srl x25, x3, x11
	addi x30, x31, 696
	amomax.w.aqrl x20, x20, (x30)
	and x7, x12, x16
	la x30, dvals
	fld f10, 576(x30)
	fdiv.d f24, f10, f7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	sltu x3, x11, x0
	la x30, dvals
	fld f24, 0(x30)
	fcvt.wu.d x16, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	la x30, dvals
	fld f0, 184(x30)
	fcvt.w.d x12, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	lh x1, 336(x2)
	sltiu x28, x24, -1
	xori x5, x20, 1096
	la x30, dvals
	fld f7, 64(x30)
	fsub.d f10, f7, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	blt x21, x6, 1f
	and x16, x14, x1
	slt x26, x21, x15
1:
	slti x0, x24, 0
	la x30, dvals
	fld f29, 560(x30)
	la x30, dvals
	fld f21, 152(x30)
	fnmadd.d f26, f16, f29, f21, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	addw x14, x28, x12
	sw x7, 965(x31)
	sltu x12, x17, x12
	mul x21, x21, x27
	c.addi4spn x15, sp, 820
	la x30, 1f
	c.jalr x30
	sraw x10, x1, x16
1:
	auipc x24, 0
	la x30, dvals
	flw f31, 316(x30)
	fsqrt.s f9, f31, rne
	c.nop
	sh x16, 1480(x31)
	fcvt.s.d f11, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	sw x27, 232(x31)
	sra x11, x12, x18
	rem x9, x23, x21
	fcvt.d.w f30, x21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	sll x21, x22, x10
	slt x0, x10, x11
	c.nop
	slti x25, x12, 2047
	fnmadd.s f6, f26, f19, f17, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	la x30, dvals
	fld f30, 552(x30)
	la x30, dvals
	fld f18, 72(x30)
	fmadd.d f24, f26, f30, f18, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	la x30, dvals
	fld f4, 200(x30)
	la x30, dvals
	fld f8, 400(x30)
	fdiv.d f18, f4, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	add x17, x17, x28
	sub x23, x24, x19
	remw x23, x8, x3
	xor x22, x24, x22
	lh x1, 1918(x31)
	srlw x13, x8, x23
	addi x24, x19, -1246
	fcvt.s.l f27, x23, rtz
	fld f11, 1296(x31)
	la x30, dvals
	fld f11, 576(x30)
	fsgnjn.d f30, f11, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	remuw x16, x25, x16
	mv x11, x31
	c.sd x15, 32(x11)
	fcvt.wu.d x22, f6, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	fcvt.d.lu f3, x6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	sub x17, x10, x26
	fmul.s f1, f2, f14, rtz
	divw x26, x26, x5
	la x30, dvals
	flw f5, 652(x30)
	la x30, dvals
	flw f15, 592(x30)
	fadd.s f0, f5, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	addw x29, x20, x22
	sraw x0, x13, x4
	sd x11, 1800(x31)
	auipc x16, 1048575
	fdiv.d f11, f18, f6, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	c.nop
	lw x25, 1192(x31)
	div x22, x5, x12
	blt x22, x13, 1f
	srl x23, x10, x4
	srl x26, x24, x3
1:
	addiw x0, x25, 63
	c.srli x13, 40
	c.andi x14, 8
	la x30, 1f
	jalr x16, 0(x30)
	subw x19, x1, x23
1:
	addi x30, x31, 184
	lr.d x28, (x30)
	sc.d x18, x23, (x30)
	fcvt.wu.s x0, f13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	srai x28, x16, 63
	slliw x20, x27, 9
	fcvt.s.lu f15, x29, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	la x30, dvals
	flw f3, 344(x30)
	fadd.s f19, f29, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	sra x15, x10, x3
	fsub.s f16, f8, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	la x30, dvals
	flw f15, 680(x30)
	la x30, dvals
	flw f19, 380(x30)
	fle.s x21, f15, f19
	la x30, dvals
	flw f2, 332(x30)
	la x30, dvals
	flw f25, 344(x30)
	fsgnjn.s f24, f2, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	lui x0, 1
	sh x0, 1918(x31)
	mulh x13, x7, x23
	addi x30, x31, 1680
	amomaxu.w.rl x24, x27, (x30)
	la x30, dvals
	fld f18, 112(x30)
	la x30, dvals
	fld f18, 576(x30)
	fadd.d f13, f18, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	lbu x7, 546(x2)
	sb x14, 1694(x31)
	bltu x17, x17, 1f
	subw x28, x29, x27
1:
	bne x7, x29, 1f
	sraw x3, x17, x19
1:
	la x30, dvals
	flw f27, 652(x30)
	fdiv.s f3, f18, f27, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	la x30, dvals
	flw f16, 380(x30)
	la x30, dvals
	flw f5, 640(x30)
	fmax.s f2, f16, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	sw x27, 1788(x31)
	sltu x11, x25, x17
	la x30, dvals
	flw f4, 644(x30)
	feq.s x21, f15, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	lh x6, 226(x2)
	ori x9, x23, 63
	beq x22, x13, 1f
	addw x23, x1, x21
1:
	andi x29, x1, 32
	sw x20, 36(x31)
	la x30, dvals
	fld f18, 104(x30)
	fsgnjn.d f27, f31, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	sh x20, 1266(x31)
	la x30, dvals
	fld f26, 528(x30)
	la x30, dvals
	fld f29, 528(x30)
	feq.d x7, f26, f29
	csrrsi x20, fflags, 1
	slli x3, x20, 26
	srliw x0, x17, 0
	div x13, x27, x4
	la x30, dvals
	fld f20, 168(x30)
	la x30, dvals
	fld f31, 176(x30)
	flt.d x1, f20, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	la x30, dvals
	fld f31, 584(x30)
	la x30, dvals
	fld f18, 80(x30)
	fdiv.d f24, f31, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	fclass.s x1, f16
	lb x21, 680(x31)
	div x1, x6, x23
	srai x7, x19, 63
	srliw x10, x15, 1
	la x30, dvals
	flw f22, 364(x30)
	fcvt.w.s x29, f22, rmm
	addiw x21, x21, -2048
	c.addi x15, -32
	c.addiw x15, 0
	la x30, dvals
	fld f24, 584(x30)
	la x30, dvals
	fld f18, 216(x30)
	fmin.d f15, f24, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	addi x30, x31, 1608
	amoor.w.aq x23, x9, (x30)
	and x19, x25, x25
	sh x5, 154(x31)
	la x30, dvals
	flw f0, 644(x30)
	la x30, dvals
	flw f7, 604(x30)
	fmin.s f21, f0, f7
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	slt x0, x5, x7
	sraw x28, x10, x21
	slti x8, x18, 64
	xor x10, x1, x25
	srli x24, x22, 32
	slliw x20, x17, 31
	xori x15, x21, 64
	sb x28, 203(x31)
	c.li x27, 1
	c.lui x27, 14
	sltu x1, x25, x25
	srai x1, x3, 31
	slliw x12, x17, 1
	sraw x29, x21, x5
	la x30, dvals
	flw f22, 656(x30)
	la x30, dvals
	flw f29, 372(x30)
	fnmsub.s f27, f17, f22, f29, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	fsqrt.d f7, f11, rtz
	la x30, dvals
	flw f20, 668(x30)
	fmsub.s f17, f20, f20, f9, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	sd x15, 1735(x31)
	c.fldsp f1, 56(sp)
	sw x8, 1522(x31)
	la x30, 1f
	jalr x12, 1(x30)
	xor x25, x23, x20
1:
	mulh x18, x27, x24
	fdiv.s f30, f15, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	ori x7, x22, 63
	sh x10, 110(x31)
	remuw x22, x19, x3
	mulh x5, x8, x4
	la x30, dvals
	flw f26, 308(x30)
	fsub.s f2, f4, f26, rup
	addi x30, x31, 968
	lr.w.aqrl x3, (x30)
	add x13, x8, x26
	sc.w.aqrl x28, x21, (x30)
	la x30, dvals
	flw f28, 316(x30)
	fcvt.w.s x7, f28, rtz
	la x30, dvals
	fld f15, 456(x30)
	fdiv.d f8, f15, f7, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	andi x20, x1, 32
	la x30, dvals
	fld f12, 56(x30)
	la x30, dvals
	fld f7, 576(x30)
	fadd.d f6, f12, f7, rne
	addi x1, x8, 2047
	sh x4, 1196(x31)
	c.swsp x27, 156(sp)
	c.sdsp x26, 304(sp)
	la x30, 1f
	jalr x11, 1(x30)
	sllw x20, x5, x10
1:
	sb x1, 541(x31)
	fcvt.d.wu f17, x5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	sltiu x9, x18, 64
	beq x26, x28, 1f
	add x7, x25, x23
1:
	la x30, dvals
	flw f5, 376(x30)
	fadd.s f20, f25, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	addw x0, x18, x1
	la x30, dvals
	flw f24, 320(x30)
	fdiv.s f13, f24, f6, dyn
	la x30, dvals
	flw f20, 336(x30)
	fmsub.s f27, f17, f13, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	andi x26, x25, 64
	la x30, dvals
	fld f10, 448(x30)
	fsgnjx.d f31, f19, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	lui x21, 1048575
	flw f26, 1032(x31)
	lui x17, 524287
	xori x4, x19, -1
	rem x26, x28, x27
	sltu x16, x11, x22
	la x30, dvals
	fld f17, 184(x30)
	la x30, dvals
	fld f20, 560(x30)
	fadd.d f25, f17, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	and x21, x23, x10
	remw x13, x26, x15
	rem x20, x6, x23
	la x30, dvals
	flw f19, 380(x30)
	la x30, dvals
	flw f11, 360(x30)
	fadd.s f28, f19, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	sra x20, x6, x1
	lb x26, 709(x2)
	mv x12, x31
	c.fsd f8, 176(x12)
	xori x19, x19, -2048
	slli x25, x17, 31
	sraiw x1, x20, 31
	mv x12, x31
	c.fld f14, 56(x12)
	srli x28, x17, 33
	slliw x10, x19, 31
	fsw f2, 756(x31)
	fld f1, 320(x31)
	andi x5, x5, 2047
	sd x0, 432(x31)
	bgeu x11, x0, 1f
	add x16, x15, x20
	sraw x17, x8, x22
1:
	la x30, dvals
	flw f28, 596(x30)
	feq.s x20, f2, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	la x30, dvals
	fld f22, 528(x30)
	fclass.d x1, f22
	lui x20, 1048575
	la x30, dvals
	flw f13, 608(x30)
	fsgnjn.s f8, f13, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	lb x14, 1241(x2)
	la x30, dvals
	flw f8, 672(x30)
	fsqrt.s f13, f8, rup
	fmul.s f14, f0, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	c.addi x13, 31
	c.addiw x13, -32
	blt x29, x12, 1f
	sllw x16, x5, x28
	srl x28, x21, x13
1:
	srl x18, x1, x26
	la x30, dvals
	fld f12, 576(x30)
	la x30, dvals
	fld f31, 464(x30)
	fsub.d f24, f12, f31, rup
	sb x20, 722(x31)
	lui x27, 1
	addi x30, x31, 32
	amoor.d.rl x15, x22, (x30)
	sd x11, 856(x31)
	addi x8, x8, 64
	la x30, dvals
	flw f10, 304(x30)
	la x30, dvals
	flw f17, 384(x30)
	fadd.s f26, f10, f17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	sh x13, 236(x31)
	la x30, dvals
	fld f21, 464(x30)
	fcvt.s.d f25, f21, rdn
	div x27, x25, x24
	mulh x27, x11, x7
	la x30, dvals
	flw f16, 632(x30)
	la x30, dvals
	flw f12, 628(x30)
	fle.s x13, f16, f12
	jal x0, 1f
	srl x21, x23, x7
1:
	lhu x16, 1558(x31)
	and x26, x12, x10
	sllw x0, x13, x9
	flw f30, 908(x31)
	bge x24, x22, 1f
	and x25, x11, x21
	xor x29, x13, x22
1:
	la x30, dvals
	fld f4, 568(x30)
	la x30, dvals
	fld f21, 104(x30)
	fdiv.d f17, f4, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	la x30, dvals
	flw f20, 308(x30)
	fsgnj.s f26, f20, f29
	slti x17, x3, -2048
	lw x17, 1576(x31)
	la x30, 1f
	c.jr x30
	sra x11, x28, x29
1:
	la x30, dvals
	flw f14, 296(x30)
	la x30, dvals
	flw f28, 364(x30)
	fdiv.s f12, f14, f28, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	fld f1, 440(x30)
	la x30, dvals
	fld f8, 584(x30)
	fmsub.d f6, f1, f28, f8, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	remu x18, x24, x8
	slti x11, x0, 31
	fmul.d f7, f4, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	lbu x6, 1114(x31)
	la x30, dvals
	fld f30, 424(x30)
	fadd.d f21, f6, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	la x30, dvals
	fld f29, 112(x30)
	fdiv.d f23, f29, f15, dyn
	la x30, dvals
	flw f16, 356(x30)
	fle.s x4, f30, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	sh x26, 1612(x31)
	srai x16, x13, 31
	slliw x27, x0, 28
	addw x16, x9, x19
	sltu x6, x24, x21
	lhu x11, 754(x31)
	c.fldsp f16, 448(sp)
	sb x5, 1169(x31)
	andi x8, x15, 1
	bltu x19, x3, 1f
	sllw x20, x9, x12
1:
	remu x16, x29, x24
	la x30, dvals
	fld f30, 64(x30)
	flt.d x26, f30, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	addiw x22, x7, -2
	addi x30, x31, 1936
	amoor.w.aq x12, x0, (x30)
	remuw x23, x22, x20
	la x30, dvals
	fld f23, 0(x30)
	la x30, dvals
	fld f18, 400(x30)
	fdiv.d f3, f23, f18, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	srl x19, x17, x21
	fsflags x9, x25
	sltiu x9, x20, 31
	mulhsu x18, x29, x6
	fmv.d.x f2, x19
	srl x1, x14, x6
	la x30, dvals
	flw f21, 292(x30)
	fsgnj.s f13, f21, f19
	srlw x9, x24, x0
	addiw x7, x28, 0
	la x30, dvals
	flw f1, 640(x30)
	la x30, dvals
	flw f0, 396(x30)
	la x30, dvals
	flw f28, 376(x30)
	fnmsub.s f10, f1, f0, f28, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	bltu x5, x25, 1f
	slt x13, x25, x8
	and x28, x16, x4
1:
	div x9, x10, x1
	andi x9, x21, 63
	fsub.d f23, f25, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	mv x12, x31
	c.fsd f10, 128(x12)
	fdiv.s f10, f24, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	la x30, dvals
	flw f31, 324(x30)
	fsqrt.s f29, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, dvals
	flw f20, 388(x30)
	la x30, dvals
	flw f28, 644(x30)
	fle.s x8, f20, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	sh x26, 470(x31)
	srai x22, x14, 63
	sraiw x18, x16, 1
	sb x20, 1471(x31)
	addi x30, x31, 2016
	amomax.w.rl x18, x13, (x30)
	sll x19, x28, x25
	sw x11, 1508(x31)
	c.nop
	slli x8, x15, 34
	sraiw x14, x14, 0
	c.addi x16, -1
	c.addiw x16, 31
	sb x15, 703(x31)
	la x30, dvals
	flw f14, 592(x30)
	fmadd.s f5, f14, f18, f4, rne
	lb x28, 987(x31)
	lbu x3, 727(x2)
	sb x1, 378(x31)
	addi x8, x28, 31
	la x30, dvals
	fld f10, 536(x30)
	la x30, dvals
	fld f4, 240(x30)
	la x30, dvals
	fld f0, 88(x30)
	fmsub.d f22, f10, f4, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	sh x18, 2018(x31)
	la x30, dvals
	flw f14, 632(x30)
	fclass.s x10, f14
	sub x19, x18, x15
	div x29, x12, x12
	andi x14, x0, 0
	la x30, 1f
	jalr x3, 1(x30)
	addw x25, x16, x1
1:
	slt x24, x19, x0
	slti x5, x5, 32
	la x30, dvals
	flw f28, 596(x30)
	fle.s x24, f28, f30
	fcvt.d.wu f29, x1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	csrrsi x25, fflags, 22
	lhu x0, 1952(x31)
	la x30, dvals
	fld f19, 440(x30)
	fsub.d f13, f1, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	divw x9, x14, x4
	addw x8, x1, x15
	fcvt.l.s x4, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	sb x17, 1375(x31)
	slli x27, x6, 31
	srliw x12, x15, 31
	fmv.w.x f1, x4
	xor x10, x12, x27
	lhu x29, 1630(x31)
	la x30, dvals
	fld f15, 528(x30)
	fsub.d f8, f5, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	la x30, dvals
	flw f8, 300(x30)
	fmul.s f3, f8, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	remw x9, x13, x9
	bgeu x7, x11, 1f
	sll x16, x3, x7
	add x11, x16, x15
1:
	fcvt.d.wu f14, x8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	addi x30, x31, 480
	amomax.d.rl x19, x26, (x30)
	lwu x14, 1968(x31)
	la x30, dvals
	flw f12, 648(x30)
	fsgnjn.s f27, f12, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	sllw x24, x6, x17
	la x30, dvals
	fld f8, 560(x30)
	fnmadd.d f21, f22, f8, f22, rdn
	c.beqz x12, 1f
	sltu x14, x23, x16
1:
	la x30, dvals
	flw f11, 340(x30)
	fmadd.s f28, f11, f16, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	la x30, dvals
	fld f14, 176(x30)
	la x30, dvals
	fld f7, 32(x30)
	fdiv.d f24, f14, f7, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	mulhsu x23, x20, x14
	fsw f0, 904(x31)
	la x30, dvals
	flw f0, 600(x30)
	la x30, dvals
	flw f28, 324(x30)
	fmadd.s f16, f22, f0, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	la x30, dvals
	flw f13, 344(x30)
	fdiv.s f20, f1, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	sra x5, x28, x14
	mv x11, x31
	c.lw x11, 60(x11)
	la x30, dvals
	flw f18, 640(x30)
	la x30, dvals
	flw f6, 636(x30)
	fsub.s f16, f18, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	sub x12, x15, x22
	addw x5, x26, x13
	c.nop
	fcvt.l.s x24, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	auipc x23, 1
	la x30, dvals
	flw f12, 324(x30)
	fcvt.w.s x16, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	addi x30, x31, 272
	amoxor.w.rl x22, x19, (x30)
	div x7, x0, x17
	la x30, dvals
	flw f24, 368(x30)
	fcvt.w.s x9, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	mulw x26, x16, x4
	xori x16, x4, -2048
	fsd f23, 1800(x31)
	div x7, x25, x1
	mv x11, x31
	c.lw x14, 28(x11)
	la x30, dvals
	flw f0, 604(x30)
	fclass.s x18, f0
	addw x28, x23, x22
	mul x8, x1, x9
	remu x6, x18, x11
	lh x19, 1152(x31)
	div x26, x13, x22
	mulhu x24, x16, x21
	fmv.d.x f1, x9
	addi x29, x7, 32
	lb x11, 496(x2)
	fcvt.lu.d x18, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	fmv.x.d x21, f27
	slli x5, x20, 32
	sraiw x24, x22, 1
	la x30, dvals
	fld f10, 96(x30)
	la x30, dvals
	fld f20, 400(x30)
	la x30, dvals
	fld f7, 576(x30)
	fnmsub.d f0, f10, f20, f7, rmm
	sb x26, 1259(x31)
	srl x18, x26, x29
	sllw x14, x18, x20
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
	.dword 0xcbf93f366feeae19
	.dword 0xff97b2ef3080974a
	.dword 0x6f5109be82bb3f2d
	.dword 0x4e835dc2825ae4bf
	.dword 0x076010f9aa997a86
	.dword 0x3cf6f422ac2a667b
	.dword 0xfc4bb729df749dbe
	.dword 0xd4ac003fc1d2872a
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
	.dword 0xbf2941dff439602e
	.dword 0xbe1e4f9173fe244f
	.dword 0xc0d1d08448476434
	.dword 0x3fd1ee3f31925114
	.dword 0x3e527dd6baafda4a
	.dword 0x3ea5709ac65540f1
	.dword 0xc15aed8153fb5454
	.dword 0x419d957ca1346a65
	.dword 0xbe665dbd9fb885dd
	.dword 0x41176b5191b969bf
	.dword 0xbed06a98b796e241
	.dword 0x407537468572dd20
	.dword 0xc3e56b291e04a109
	.dword 0x0030ba9a84816b83
	.dword 0xffd479a1d3bd0459
	.dword 0x433bfdab3f53b76c
	.dword 0x43eb82ff9278f425
	.dword 0x80356711a824f132
	.dword 0x8022d48a52a5ac83
	.dword 0xffeae1c98b88bd30
	.dword 0xc3339cc2a5e7166f
	.dword 0xc1e3ddcd7b06f9e8
	.dword 0xc3306801f87a3419
	.dword 0xc3e7edb908717ea9
	.word 0x3f05ef32
	.word 0xc325625e
	.word 0xba6f4a77
	.word 0xc123e0e3
	.word 0x43a3caa0
	.word 0xbb4c5d07
	.word 0xba7de459
	.word 0xbed28777
	.word 0x4251e03d
	.word 0x40c47a0e
	.word 0xc38cfcac
	.word 0x3dfde1f6
	.word 0x80ebd36c
	.word 0xff40bb96
	.word 0xff02f6bd
	.word 0xcb549207
	.word 0x4f6b5699
	.word 0x8f3645fc
	.word 0xf68c6ec
	.word 0xfeb89f81
	.word 0x7ef8f2d2
	.word 0xfeb01805
	.word 0xff7ef38f
	.word 0xcb0ba7ec
	.balign 16
scratch:
	.word 0x73bf63b7
	.word 0x66f04633
	.word 0xa8f43428
	.word 0xe0554110
	.word 0x469bc04b
	.word 0xecc55f42
	.word 0xa28aa654
	.word 0x3e4bf3f4
	.word 0x469f2e2e
	.word 0xc80d4fe3
	.word 0x5fd2fc7b
	.word 0xbee16f5
	.word 0xef2a9fcd
	.word 0x26bf5524
	.word 0x4f6dd609
	.word 0x403d173f
	.word 0xb98a4c12
	.word 0xf106f6d6
	.word 0xd4580638
	.word 0x4772e297
	.word 0x7f21efe7
	.word 0x1978ffa9
	.word 0xd736410f
	.word 0xfde27e04
	.word 0xf67645b5
	.word 0xe6dfa075
	.word 0x48f02abd
	.word 0xf95221ae
	.word 0x11905cbd
	.word 0x5af9c67e
	.word 0x24f0dbc5
	.word 0xce84e421
	.word 0x121d4901
	.word 0xdc9ba77f
	.word 0xa6f67be5
	.word 0x58d70b20
	.word 0x8fd9a8d9
	.word 0xe29862b8
	.word 0x372dae3f
	.word 0xdfabe60a
	.word 0xce34005f
	.word 0x89c72f40
	.word 0xe9cc33b7
	.word 0x98e6692a
	.word 0xeda37aab
	.word 0xdc3d21d0
	.word 0x78e4a7b3
	.word 0x6e4486fa
	.word 0x2dec8f57
	.word 0x3cc01bd4
	.word 0xc8ea0529
	.word 0x81a340ce
	.word 0xdee47673
	.word 0x556df2a6
	.word 0x8c11a07a
	.word 0xbbc932d5
	.word 0x2fe85f9c
	.word 0xa7627fb1
	.word 0xfa11549b
	.word 0xc0c9c79a
	.word 0xff658b67
	.word 0x8f20c003
	.word 0x733d99f3
	.word 0xc070a7b2
	.word 0x445733d1
	.word 0xe7851a27
	.word 0xdcfad0a7
	.word 0x5b2009d0
	.word 0x195ebf7d
	.word 0x189e7c85
	.word 0x36d85742
	.word 0xba31221a
	.word 0x50378943
	.word 0x82e8804c
	.word 0xcec86ebc
	.word 0xa0ee6953
	.word 0xd543c991
	.word 0x22464a89
	.word 0x89f4ff42
	.word 0xd58a3dcc
	.word 0xd44d6e75
	.word 0x49fda434
	.word 0x52100ba9
	.word 0x3fc5417b
	.word 0x6aa73b4e
	.word 0x34190889
	.word 0xb40c63ad
	.word 0x37422db1
	.word 0x2c72adab
	.word 0x4139d848
	.word 0x3c2c4f50
	.word 0xd04a3d3
	.word 0xb6af62ec
	.word 0x4ab3d35
	.word 0x2b83ad3
	.word 0xb9a95c62
	.word 0xd68ffb70
	.word 0x15dc1f80
	.word 0x53a6c656
	.word 0xe6e43fe0
	.word 0x4219e2ec
	.word 0xb6cfe40e
	.word 0x38e2409
	.word 0x26e3964e
	.word 0xd165f73b
	.word 0x9fd6bfba
	.word 0x4c1aaeea
	.word 0x213ba329
	.word 0xfe8b9946
	.word 0x39c0ed77
	.word 0xa9adf740
	.word 0xfffa60a2
	.word 0xce2153f5
	.word 0x6fafba9a
	.word 0x876a6a64
	.word 0x8ef76197
	.word 0x3a73ae55
	.word 0xb89c18a9
	.word 0x4aad88cd
	.word 0x8d3ef7f7
	.word 0x2bc7fcf7
	.word 0x5f77adbb
	.word 0xf2d383bb
	.word 0xd630ffc9
	.word 0xf0fede8d
	.word 0x4ec2085a
	.word 0xf6e0b87e
	.word 0xdc0e19a9
	.word 0xf85df0b4
	.word 0x8f2121b1
	.word 0xc9fdd37a
	.word 0x1c7fcd3
	.word 0x35e19c5d
	.word 0xcb2dd268
	.word 0x5d7db1d8
	.word 0x839e4b1b
	.word 0x155cc2c5
	.word 0x2d80aca7
	.word 0x3a9e450d
	.word 0xb5cc1e52
	.word 0xf6ceef71
	.word 0x4f3b86c1
	.word 0xc3949f30
	.word 0x5e245629
	.word 0x48c29779
	.word 0x5f9af78f
	.word 0x2c09f07a
	.word 0x52d19659
	.word 0x634a4cd4
	.word 0x70cbee3c
	.word 0xac817ffa
	.word 0xecb1b6e5
	.word 0x97c201b3
	.word 0x29754369
	.word 0xa21c5f45
	.word 0x17699c5f
	.word 0xb8afabee
	.word 0xf79bede7
	.word 0xcece5674
	.word 0x841a5af4
	.word 0x27d31796
	.word 0xe11f55c6
	.word 0x7f5592b5
	.word 0x6d69d2b4
	.word 0xb0d05c4b
	.word 0xd0755d07
	.word 0x1659d4d
	.word 0xeb40e14b
	.word 0x1a56a51f
	.word 0x10516ec5
	.word 0x8cb3d021
	.word 0x2046e43a
	.word 0x64fa911a
	.word 0xede084b6
	.word 0x53b17bad
	.word 0xe4585c2f
	.word 0x1464b3e1
	.word 0xc1028f4d
	.word 0x8d878038
	.word 0xcd9761f8
	.word 0x14a654ac
	.word 0x1844cd15
	.word 0xbd239126
	.word 0x2fe1e205
	.word 0x67883175
	.word 0x55729566
	.word 0xfc1487a9
	.word 0xf0d3aaf9
	.word 0x3415cfdf
	.word 0x30234c28
	.word 0x6d6a7f9b
	.word 0x71b8d437
	.word 0xcfe34a8
	.word 0x8701623d
	.word 0xc394645e
	.word 0xaceff9f1
	.word 0x29eff339
	.word 0x269fa75d
	.word 0x9cf9a287
	.word 0xbd8bccb3
	.word 0x47a4191d
	.word 0x547cb09e
	.word 0x8f8d2489
	.word 0x489e31e7
	.word 0x5af04076
	.word 0xd2b8829
	.word 0xf9fc51fe
	.word 0xbb6abff
	.word 0x7edb7fb
	.word 0x93436132
	.word 0x13ce8e80
	.word 0x81c31e6f
	.word 0xa3df6268
	.word 0xbddaf181
	.word 0x9ebeaef4
	.word 0x276163c4
	.word 0x68252f48
	.word 0x74457c6e
	.word 0xa2d2e0ca
	.word 0x27b02a4f
	.word 0x7dc2bd53
	.word 0x6771c487
	.word 0xa3c06597
	.word 0x412897ee
	.word 0x297abe84
	.word 0xabea3bf1
	.word 0x7e19dadb
	.word 0xed11973a
	.word 0x2121a0e1
	.word 0xb28cc59f
	.word 0x6dd92080
	.word 0x70e988e4
	.word 0x7f502bde
	.word 0x3f510fab
	.word 0xca287fd9
	.word 0x7fb49b30
	.word 0x768f4679
	.word 0x56450279
	.word 0x374176fc
	.word 0x2a41bc53
	.word 0xa4b18476
	.word 0x13dec349
	.word 0xbd4754d2
	.word 0xac7ad8bc
	.word 0x1ac9424a
	.word 0x62837a4a
	.word 0xb48da94f
	.word 0x352d7a3d
	.word 0xd7387608
	.word 0xe6da4474
	.word 0x64c6f89e
	.word 0xc179cbf4
	.word 0xf8e1c917
	.word 0xf9aa7736
	.word 0x5ed17e90
	.word 0x516b8431
	.word 0x1c5b2c27
	.word 0x4221e9c8
	.word 0x9c021ec4
	.word 0x2484d409
	.word 0x7eb0ca6b
	.word 0x984eab35
	.word 0xe82d9981
	.word 0x38af15ef
	.word 0x98418426
	.word 0xb06718c4
	.word 0x3c899e1b
	.word 0xe615ce7e
	.word 0xa49e13f3
	.word 0xbae850e3
	.word 0xae797bb9
	.word 0xa0cd7cfe
	.word 0xe505d1b7
	.word 0xb950dbee
	.word 0xe78415f8
	.word 0xc25fcbc5
	.word 0x5fc9bc96
	.word 0x63325fdb
	.word 0x31ec5c5f
	.word 0xf69bccec
	.word 0x6fc7668f
	.word 0xe1ce2784
	.word 0x82e8167b
	.word 0x84c1fb68
	.word 0xce38717e
	.word 0xc2edffd5
	.word 0xdffb4a9e
	.word 0x63b2e88a
	.word 0xead54cbb
	.word 0x2b03ae5a
	.word 0x87d0e6fe
	.word 0xfae20459
	.word 0xf74654cd
	.word 0x8622ae62
	.word 0xae3e7535
	.word 0x73844a59
	.word 0xa32df0fe
	.word 0xbb75f287
	.word 0xa18712b5
	.word 0x39e3f8fd
	.word 0x99730be3
	.word 0xf9edeb64
	.word 0xd4a86da4
	.word 0xfa8ca46a
	.word 0xae3bbe2a
	.word 0xe62cc875
	.word 0x9b68ab64
	.word 0x4e89e0a6
	.word 0x213e24e8
	.word 0x51c99119
	.word 0x1eba9d6c
	.word 0xeff04707
	.word 0x50a456f
	.word 0xf957f43c
	.word 0xfdde8d54
	.word 0xa2f776ae
	.word 0xc870875f
	.word 0xcbfa6952
	.word 0x5cdd2d7a
	.word 0xd73029a3
	.word 0x92803481
	.word 0x161b8fa9
	.word 0x9a3d179e
	.word 0x2117b4d9
	.word 0x26131cff
	.word 0xf4171919
	.word 0xf1b262e3
	.word 0x25de94
	.word 0xc5176e8f
	.word 0x3015c76c
	.word 0x97f86110
	.word 0xe09fb35d
	.word 0xc8771cc7
	.word 0x5612cf30
	.word 0xf16dd18a
	.word 0x20ca30a4
	.word 0xbd0efaab
	.word 0x292edb46
	.word 0xba8a2ec5
	.word 0x150cdcec
	.word 0x5cb26f24
	.word 0x3b8a166f
	.word 0x51be934c
	.word 0xf93d0647
	.word 0x674c9d1d
	.word 0x6907aa2a
	.word 0x1416256b
	.word 0xc7de8bf6
	.word 0xc2a85466
	.word 0xccbafef4
	.word 0xffe2df86
	.word 0x265bfc6f
	.word 0x63102004
	.word 0x8502e20c
	.word 0xf122db0d
	.word 0xe226ebac
	.word 0xd53df4a5
	.word 0x1e854f51
	.word 0x5a89a826
	.word 0x9e26a3e0
	.word 0x10a5f6d
	.word 0x161c99de
	.word 0x21c472ed
	.word 0x5ca92101
	.word 0x69ae95e5
	.word 0xd95f65ec
	.word 0x89bd1cbd
	.word 0x6f7f9ca8
	.word 0x1b0897d
	.word 0x37b0772
	.word 0x113ba1b8
	.word 0xc49ef4fe
	.word 0x5a26063e
	.word 0xc6d0e28e
	.word 0x8aa8b60e
	.word 0x114e3f7a
	.word 0x283916a
	.word 0x6573ce9d
	.word 0x88ac796d
	.word 0xf7ba8f0d
	.word 0x6d34f820
	.word 0xb420a638
	.word 0xbc193f2b
	.word 0xe47e4875
	.word 0x836f276d
	.word 0x97d4212c
	.word 0x6dc4b254
	.word 0x8a47bdf3
	.word 0xc2c582ef
	.word 0x21932fc3
	.word 0xc906d336
	.word 0x7f634a46
	.word 0xd35bab33
	.word 0x618e9d8d
	.word 0xf5d3f6d2
	.word 0xea379996
	.word 0x39aff794
	.word 0x2cff937a
	.word 0xc873a72
	.word 0x92e8fd56
	.word 0x250d0517
	.word 0x305b5fc0
	.word 0x2fcd3031
	.word 0xb0a1ce54
	.word 0xa40a56c1
	.word 0x349234a8
	.word 0x32e6b8cb
	.word 0x5a0aecb4
	.word 0xf411803a
	.word 0x46c2e411
	.word 0x5259ef11
	.word 0x98c4e14c
	.word 0x9941047a
	.word 0x800d0b3d
	.word 0xc3dca88
	.word 0x18fe97fe
	.word 0x8a276d3e
	.word 0x9793413e
	.word 0x92b2264
	.word 0xc1950e37
	.word 0x6a281dde
	.word 0x5beecbf7
	.word 0xd09d3d5f
	.word 0x91ea3e44
	.word 0x12787ff5
	.word 0xad5cf7f6
	.word 0x47e7eac7
	.word 0xed55a498
	.word 0x6117871b
	.word 0xaf6153c1
	.word 0x263f18ed
	.word 0x617995fc
	.word 0x2b01bfff
	.word 0x83346180
	.word 0xef88a642
	.word 0x9353e7a2
	.word 0x1b5dde51
	.word 0xb2626d5a
	.word 0x6e3057e
	.word 0xafd23d58
	.word 0xe75065e4
	.word 0x967e9252
	.word 0xc2aaf948
	.word 0x2df546a9
	.word 0x2124a319
	.word 0x1dbceefa
	.word 0x8c1e37ab
	.word 0x1785291e
	.word 0xe670b9ed
	.word 0xd8e1482b
	.word 0xcd6e4bf9
	.word 0x863c57d1
	.word 0x940847f2
	.word 0x23f78a9
	.word 0x486fe9bc
	.word 0x1e5e5110
	.word 0x5bfb5eee
	.word 0x34f6595d
	.word 0x46d50d3
	.word 0x609b9ae8
	.word 0x6b14f26b
	.word 0x5e64f027
	.word 0xcc6e72f7
	.word 0x4422ee0f
	.word 0x25835d3e
	.word 0x8ab3ffac
	.word 0x5d86a4ef
	.word 0xaa7b0c22
	.word 0xb41a127d
	.word 0x3cece3b7
	.word 0xb3d02cba
	.word 0x7ea1c4b9
	.word 0x80ee33e2
	.word 0x94d845cb
	.word 0x104c149b
	.word 0xc9388374
	.word 0xf39b943f
	.word 0xa29aa291
	.word 0x2fd7c755
	.word 0x309c95ab
	.word 0xe71d335f
	.word 0x6fa88f64
	.word 0xb6c23886
	.word 0xcb828d8f
	.word 0xdc573256
	.word 0x79a00458
	.word 0x5c4c216d
	.word 0xd45c46fd
	.word 0xccfadf3c
	.word 0x74bf82f2
	.word 0x18d190c2
	.word 0x73f17166
	.word 0xe66e6e88
	.word 0x5c5011b7
	.word 0x92bd0e04
	.word 0x5ccf60fa
	.word 0xaadf6ad2
	.word 0xb7242b10
	.word 0x7a807453
	.word 0xf54fe496
	.word 0x32792f78
	.word 0xe552b2d3
	.word 0xd219e1b7
	.word 0x2bc1a2a0
	.word 0xed20002a
	.word 0x4983e1b8
	.word 0x832b9722
	.word 0xc83a5765
	.word 0xd80077ce
	.word 0x9c24af2
	.word 0x53197d3c
	.word 0xeb66af03
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
