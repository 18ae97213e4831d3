	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 152(x30)
	ld x3, 24(x30)
	ld x4, 104(x30)
	ld x5, 104(x30)
	ld x6, 96(x30)
	ld x7, 16(x30)
	ld x8, 56(x30)
	ld x9, 168(x30)
	ld x10, 72(x30)
	ld x11, 64(x30)
	ld x12, 208(x30)
	ld x13, 184(x30)
	ld x14, 120(x30)
	ld x15, 184(x30)
	ld x16, 96(x30)
	ld x17, 160(x30)
	ld x18, 0(x30)
	ld x19, 128(x30)
	ld x20, 128(x30)
	ld x21, 88(x30)
	ld x22, 104(x30)
	ld x23, 168(x30)
	ld x24, 80(x30)
	ld x25, 48(x30)
	ld x26, 16(x30)
	ld x27, 136(x30)
	ld x28, 24(x30)
	ld x29, 40(x30)
	ld x30, 208(x30)
	la x30, dvals
	fld f0, 64(x30)
	flw f1, 320(x30)
	fld f2, 80(x30)
	flw f3, 384(x30)
	flw f4, 332(x30)
	flw f5, 364(x30)
	fld f6, 64(x30)
	fld f7, 112(x30)
	fld f8, 80(x30)
	fld f9, 40(x30)
	fld f10, 96(x30)
	fld f11, 192(x30)
	fld f12, 0(x30)
	fld f13, 128(x30)
	fld f14, 136(x30)
	fld f15, 208(x30)
	fld f16, 192(x30)
	fld f17, 388(x30)
	flw f18, 372(x30)
	fld f19, 32(x30)
	fld f20, 80(x30)
	fld f21, 136(x30)
	fld f22, 312(x30)
	fld f23, 208(x30)
	fld f24, 72(x30)
	flw f25, 304(x30)
	fld f26, 96(x30)
	fld f27, 88(x30)
	fld f28, 72(x30)
	fld f29, 232(x30)
	fld f30, 336(x30)
	fld f31, 152(x30)
	fmv.x.w x0, f7
	and x6, x24, x3
	add x18, x6, x25
	la x30, dvals
	flw f1, 304(x30)
	la x30, dvals
	flw f2, 652(x30)
	fsub.s f26, f1, f2, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	remu x7, x19, x5
	addi x30, x31, 320
	amomaxu.w x3, x24, (x30)
	slli x28, x18, 32
	srliw x26, x5, 31
	c.fldsp f7, 424(sp)
	or x29, x29, x12
	fcvt.lu.s x10, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	ori x5, x10, -2
	addi x30, x31, 1536
	amoadd.w.rl x25, x23, (x30)
	lw x29, 1132(x2)
	and x17, x4, x24
	la x30, dvals
	fld f20, 8(x30)
	la x30, dvals
	fld f31, 520(x30)
	fsub.d f28, f20, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	fld f24, 272(x30)
	la x30, dvals
	fld f12, 584(x30)
	fadd.d f13, f24, f12, rne
	mulhu x6, x5, x25
	or x3, x12, x5
	divw x24, x22, x13
	bne x13, x17, 1f
	or x17, x21, x5
	srlw x9, x28, x3
1:
	fcvt.w.d x21, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	sltu x8, x25, x0
	la x30, dvals
	flw f30, 672(x30)
	fsgnjn.s f1, f1, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	div x9, x24, x9
	mv x12, x31
	c.fsd f13, 248(x12)
	lbu x17, 937(x31)
	la x30, 1f
	c.jr x30
	add x28, x18, x13
1:
	srl x17, x21, x22
	la x30, dvals
	fld f17, 88(x30)
	la x30, dvals
	fld f20, 232(x30)
	fmadd.d f12, f6, f17, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	mv x15, x31
	c.fsd f9, 32(x15)
	fcvt.d.s f30, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	slli x28, x13, 0
	srliw x26, x5, 31
	bne x9, x16, 1f
	addw x3, x26, x0
1:
	mulh x13, x10, x6
	la x30, dvals
	fld f14, 400(x30)
	fadd.d f23, f9, f14, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	srli x29, x16, 63
	sraiw x28, x6, 0
	andi x18, x16, 31
	srl x18, x16, x10
	la x30, dvals
	flw f21, 352(x30)
	fcvt.d.s f22, f21
	bltu x5, x27, 1f
	sra x0, x4, x15
	xor x8, x22, x19
1:
	addi x30, x31, 488
	amoadd.w x26, x24, (x30)
	and x19, x15, x25
	blt x19, x9, 1f
	slt x28, x11, x12
	or x14, x27, x14
1:
	srli x25, x4, 31
	srliw x1, x23, 0
	rem x29, x7, x6
	fcvt.wu.s x27, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	la x30, dvals
	fld f5, 424(x30)
	la x30, dvals
	fld f21, 248(x30)
	fmsub.d f14, f2, f5, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	sd x11, 264(x31)
	c.lwsp x22, 104(sp)
	c.ldsp x16, 464(sp)
	xor x24, x29, x0
	frrm x18
	fsrmi x18, 0
	bltu x0, x1, 1f
	sra x1, x20, x4
	addw x0, x12, x3
1:
	flt.d x22, f0, f4
	srl x16, x12, x18
	la x30, dvals
	flw f26, 680(x30)
	la x30, dvals
	flw f7, 628(x30)
	fnmsub.s f16, f31, f26, f7, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	fadd.d f13, f23, f28, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	sllw x7, x17, x10
	la x30, dvals
	flw f18, 388(x30)
	la x30, dvals
	flw f7, 592(x30)
	fdiv.s f4, f18, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	sraw x18, x5, x1
	la x30, dvals
	flw f23, 680(x30)
	la x30, dvals
	flw f0, 664(x30)
	la x30, dvals
	flw f15, 676(x30)
	fnmsub.s f12, f23, f0, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	lui x14, 1
	sw x7, 396(x31)
	andi x4, x29, 31
	c.fldsp f2, 392(sp)
	la x30, dvals
	flw f23, 620(x30)
	fsub.s f22, f23, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	fld f23, 1960(x31)
	la x30, dvals
	fld f27, 448(x30)
	la x30, dvals
	fld f20, 488(x30)
	feq.d x8, f27, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	fcvt.l.d x6, f30, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	fsd f27, 680(x31)
	la x30, dvals
	fld f11, 48(x30)
	la x30, dvals
	fld f29, 544(x30)
	fsub.d f25, f11, f29, dyn
	la x30, dvals
	flw f17, 644(x30)
	la x30, dvals
	flw f2, 316(x30)
	fsgnj.s f16, f17, f2
	la x30, dvals
	flw f10, 392(x30)
	fclass.s x21, f10
	mv x12, x31
	c.fsd f13, 120(x12)
	auipc x17, 524287
	la x30, dvals
	fld f3, 568(x30)
	la x30, dvals
	fld f21, 456(x30)
	fadd.d f23, f3, f21, rmm
	remuw x7, x0, x18
	mulhsu x9, x10, x16
	sub x7, x26, x27
	divw x26, x29, x0
	lb x11, 248(x2)
	sd x5, 760(x31)
	div x11, x1, x18
	c.addi4spn x10, sp, 172
	mulhu x15, x27, x6
	la x30, dvals
	fld f1, 160(x30)
	fcvt.wu.d x1, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, dvals
	flw f8, 600(x30)
	fclass.s x27, f8
	slli x9, x16, 63
	srliw x23, x28, 0
	srl x11, x5, x10
	rem x12, x18, x17
	la x30, dvals
	fld f1, 472(x30)
	fclass.d x23, f1
	fmul.s f27, f4, f28, dyn
	addi x30, x31, 1768
	amominu.w.aq x1, x15, (x30)
	divu x8, x0, x0
	mulhsu x12, x6, x6
	and x0, x1, x19
	c.srai x13, 15
	c.andi x11, 20
	sw x15, 728(x31)
	and x26, x18, x4
	srli x0, x22, 63
	sraiw x0, x27, 1
	andi x15, x29, 31
	c.xor x9, x11
	la x30, dvals
	fld f17, 512(x30)
	la x30, dvals
	fld f24, 80(x30)
	fsgnjx.d f29, f17, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	la x30, dvals
	fld f16, 104(x30)
	la x30, dvals
	fld f7, 72(x30)
	la x30, dvals
	fld f8, 56(x30)
	fnmsub.d f4, f16, f7, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	remw x27, x3, x29
	la x30, dvals
	flw f2, 284(x30)
	fdiv.s f11, f8, f2, rne
	la x30, 1f
	jalr x6, 0(x30)
	sltu x9, x9, x20
1:
	srli x28, x13, 31
	slliw x3, x18, 2
	la x30, dvals
	fld f19, 488(x30)
	fmul.d f10, f3, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	div x29, x6, x23
	sltu x10, x8, x13
	fcvt.d.s f4, f19
	la x30, dvals
	flw f16, 296(x30)
	fsub.s f18, f16, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	c.j 1f
	add x10, x9, x11
1:
	addi x0, x15, 1
	c.j 1f
	srlw x19, x20, x28
1:
	mulhu x24, x23, x12
	addi x30, x31, 1920
	amomax.w.rl x4, x26, (x30)
	la x30, dvals
	fld f21, 416(x30)
	la x30, dvals
	fld f7, 456(x30)
	fdiv.d f18, f21, f7, rmm
	addi x30, x31, 1880
	amomaxu.w.rl x4, x23, (x30)
	rem x0, x15, x12
	beq x8, x10, 1f
	xor x1, x14, x17
1:
	jal x16, 1f
	subw x8, x17, x11
1:
	add x8, x22, x7
	xori x16, x12, 2047
	c.srai x14, 15
	c.andi x12, -26
	srli x4, x18, 31
	slliw x27, x22, 30
	addi x30, x31, 1928
	lr.w.aq x28, (x30)
	sc.w.aq x6, x13, (x30)
	remw x26, x25, x19
	sd x18, 992(x31)
	slt x26, x10, x7
	sd x8, 804(x31)
	fmul.d f23, f5, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	srl x9, x9, x13
	bltu x25, x27, 1f
	and x4, x23, x11
	sra x21, x24, x1
1:
	mulh x18, x22, x0
	lh x1, 666(x2)
	remuw x23, x21, x23
	la x30, dvals
	fld f19, 176(x30)
	la x30, dvals
	fld f10, 504(x30)
	la x30, dvals
	fld f12, 80(x30)
	fnmsub.d f26, f19, f10, f12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	la x30, dvals
	fld f4, 576(x30)
	fcvt.wu.d x17, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	la x30, dvals
	flw f20, 636(x30)
	fdiv.s f25, f20, f4, dyn
	la x30, dvals
	flw f25, 392(x30)
	fsgnjx.s f15, f25, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	slti x7, x21, 2047
	mulh x20, x24, x13
	beq x27, x0, 1f
	sltu x23, x21, x19
1:
	la x30, dvals
	fld f23, 240(x30)
	fmsub.d f5, f23, f31, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	c.j 1f
	add x13, x21, x10
1:
	la x30, dvals
	fld f16, 120(x30)
	la x30, dvals
	fld f7, 160(x30)
	fmsub.d f6, f16, f4, f7, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	srai x1, x16, 0
	sraiw x24, x16, 0
	srlw x1, x8, x8
	fcvt.w.s x27, f1, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	add x13, x14, x14
	and x1, x27, x27
	divuw x25, x3, x12
	la x30, dvals
	fld f2, 88(x30)
	fsub.d f20, f7, f2, rne
	mulw x20, x26, x1
	la x30, dvals
	flw f31, 360(x30)
	la x30, dvals
	flw f26, 620(x30)
	fsgnjn.s f15, f31, f26
	bltu x1, x23, 1f
	sllw x24, x19, x28
1:
	c.fsdsp f10, 24(sp)
	srli x12, x24, 63
	slliw x13, x19, 1
	fsub.s f31, f15, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	addi x30, x31, 488
	lr.d.aqrl x27, (x30)
	addi x30, x30, 8
	sc.d.aqrl x0, x21, (x30)
	xor x10, x4, x14
	srli x27, x11, 42
	slliw x6, x3, 31
	remw x11, x9, x15
	remu x0, x14, x5
	bltu x19, x11, 1f
	sraw x19, x21, x5
1:
	slli x0, x10, 63
	srliw x17, x5, 9
	c.nop
	divw x27, x22, x9
	addi x30, x31, 1512
	lr.w x23, (x30)
	sc.w x10, x17, (x30)
	lb x11, 1582(x2)
	la x30, dvals
	flw f29, 320(x30)
	fsub.s f7, f24, f29, rmm
	la x30, dvals
	flw f12, 320(x30)
	la x30, dvals
	flw f6, 304(x30)
	fmin.s f16, f12, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	lui x25, 513975
	xori x23, x4, 1
	lb x9, 1693(x2)
	sd x3, 1424(x31)
	auipc x16, 546377
	lw x11, 776(x31)
	remw x24, x19, x25
	mulhsu x0, x13, x28
	c.li x14, -29
	c.lui x14, 19
	c.xor x15, x9
	la x30, dvals
	fld f5, 152(x30)
	fnmadd.d f19, f21, f5, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	la x30, dvals
	fld f22, 80(x30)
	fcvt.wu.d x0, f22, rmm
	la x30, dvals
	flw f29, 648(x30)
	fadd.s f20, f29, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	mulw x6, x14, x29
	la x30, dvals
	fld f17, 24(x30)
	la x30, dvals
	fld f10, 504(x30)
	flt.d x28, f17, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	sw x25, 1288(x31)
	slt x29, x28, x6
	la x30, dvals
	fld f23, 584(x30)
	la x30, dvals
	fld f31, 240(x30)
	fnmsub.d f29, f23, f3, f31, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	la x30, 1f
	c.jalr x30
	and x5, x19, x21
1:
	xori x13, x9, 2047
	mul x24, x27, x13
	la x30, dvals
	fld f8, 488(x30)
	la x30, dvals
	fld f22, 96(x30)
	fmin.d f2, f8, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	srlw x0, x29, x15
	la x30, dvals
	flw f30, 668(x30)
	la x30, dvals
	flw f14, 596(x30)
	fmul.s f3, f30, f14, rdn
	la x30, dvals
	fld f23, 40(x30)
	fmin.d f12, f29, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	la x30, dvals
	fld f14, 160(x30)
	la x30, dvals
	fld f28, 504(x30)
	fadd.d f25, f14, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	xori x22, x12, -1
	la x30, dvals
	flw f18, 608(x30)
	fmin.s f0, f18, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	remu x7, x18, x16
	la x30, dvals
	flw f14, 632(x30)
	la x30, dvals
	flw f18, 656(x30)
	la x30, dvals
	flw f27, 356(x30)
	fmadd.s f2, f14, f18, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	fmv.x.w x22, f17
	remw x19, x23, x1
	bge x3, x9, 1f
	xor x5, x5, x27
	sub x10, x6, x28
1:
	la x30, dvals
	flw f4, 680(x30)
	la x30, dvals
	flw f27, 392(x30)
	fsgnjn.s f24, f4, f27
	bltu x9, x17, 1f
	and x6, x25, x16
	slt x17, x3, x1
1:
	fadd.d f10, f2, f7, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	srli x16, x26, 1
	srliw x0, x16, 31
	la x30, dvals
	fld f0, 272(x30)
	fmadd.d f21, f0, f18, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	sltiu x10, x26, 1
	ld x3, 1728(x2)
	fcvt.s.wu f3, x25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	bge x11, x21, 1f
	add x19, x12, x6
1:
	fsw f25, 832(x31)
	mv x12, x31
	c.fld f12, 96(x12)
	sltiu x13, x9, 569
	la x30, dvals
	fld f9, 192(x30)
	la x30, dvals
	fld f31, 544(x30)
	fdiv.d f28, f9, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	div x18, x18, x15
	c.addi16sp sp, 448
	c.sdsp x20, 200(sp)
	mv sp, x31
	or x25, x3, x3
	addw x8, x17, x21
	la x30, 1f
	jalr x11, 0(x30)
	sraw x4, x1, x27
1:
	addiw x23, x7, -1
	sd x8, 40(x31)
	lwu x18, 888(x2)
	lh x21, 1236(x2)
	div x25, x4, x28
	lhu x10, 992(x2)
	la x30, dvals
	fld f18, 416(x30)
	fsgnjx.d f29, f18, f11
	sltiu x24, x22, 32
	mul x3, x18, x1
	srlw x27, x22, x24
	la x30, dvals
	fld f8, 160(x30)
	fadd.d f17, f8, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	c.swsp x29, 164(sp)
	c.sdsp x13, 192(sp)
	sb x25, 1650(x31)
	fmadd.d f19, f30, f22, f7, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, 1f
	c.jalr x30
	srlw x8, x15, x13
1:
	mv x10, x31
	c.fsd f10, 40(x10)
	remuw x9, x20, x4
	la x30, dvals
	flw f0, 328(x30)
	la x30, dvals
	flw f19, 608(x30)
	flt.s x28, f0, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	la x30, dvals
	flw f4, 372(x30)
	la x30, dvals
	flw f21, 612(x30)
	fadd.s f19, f4, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	mulw x21, x24, x20
	srlw x25, x1, x6
	fcvt.w.d x3, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	bge x17, x24, 1f
	sll x3, x1, x18
	add x10, x17, x0
1:
	lb x18, 952(x31)
	slli x22, x21, 31
	sraiw x20, x27, 1
	la x30, dvals
	fld f21, 200(x30)
	fmsub.d f13, f18, f1, f21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	ld x23, 264(x31)
	srai x25, x28, 31
	sraiw x25, x18, 13
	addi x30, x31, 224
	amomaxu.w.aqrl x22, x29, (x30)
	la x30, dvals
	fld f3, 240(x30)
	fsgnj.d f7, f3, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	remu x27, x19, x19
	slt x27, x25, x17
	la x30, dvals
	fld f8, 264(x30)
	fmul.d f0, f8, f8, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	divw x25, x10, x19
	sw x5, 264(x31)
	auipc x14, 1
	slli x23, x26, 32
	srliw x7, x14, 19
	fsqrt.d f26, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	feq.d x10, f20, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	flw f9, 360(x30)
	la x30, dvals
	flw f20, 648(x30)
	fmadd.s f21, f9, f8, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	sltu x11, x20, x29
	frcsr x6
	mulh x22, x20, x4
	lwu x22, 712(x31)
	la x30, dvals
	flw f16, 316(x30)
	fsub.s f20, f16, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	fdiv.d f29, f26, f27, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	slti x18, x11, -2048
	sllw x18, x24, x18
	fcvt.d.w f5, x9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	sllw x3, x3, x23
	srai x14, x25, 32
	sraiw x28, x20, 0
	bgeu x22, x8, 1f
	xor x20, x5, x4
1:
	la x30, dvals
	fld f21, 512(x30)
	la x30, dvals
	fld f27, 408(x30)
	fmax.d f23, f21, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	la x30, dvals
	fld f26, 64(x30)
	fadd.d f18, f26, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	lw x23, 1528(x2)
	la x30, dvals
	fld f14, 8(x30)
	feq.d x10, f11, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	c.addi16sp sp, 480
	c.sdsp x3, 144(sp)
	mv sp, x31
	andi x6, x8, -2
	ld x16, 112(x2)
	lwu x20, 1144(x2)
	fcvt.s.l f16, x24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	la x30, dvals
	fld f13, 272(x30)
	la x30, dvals
	fld f21, 400(x30)
	fdiv.d f22, f13, f21, dyn
	la x30, dvals
	fld f8, 144(x30)
	fsgnjn.d f0, f8, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	srli x9, x15, 33
	sraiw x14, x13, 29
	fcvt.s.lu f12, x6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	c.lwsp x25, 236(sp)
	c.ldsp x9, 192(sp)
	c.bnez x11, 1f
	srlw x11, x8, x12
1:
	and x22, x19, x25
	mv x15, x31
	c.fld f12, 200(x15)
	addi x8, x6, 2047
	srl x22, x4, x19
	lhu x8, 324(x2)
	la x30, 1f
	c.jr x30
	sraw x17, x17, x20
1:
	and x13, x12, x9
	fcvt.d.wu f26, x19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	srai x7, x15, 31
	srliw x16, x12, 31
	xori x14, x5, 2047
	la x30, dvals
	flw f16, 628(x30)
	fsqrt.s f5, f16, rup
	la x30, dvals
	fld f0, 56(x30)
	fmax.d f4, f12, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	sw x10, 1924(x31)
	srlw x0, x24, x1
	la x30, dvals
	flw f16, 340(x30)
	fsqrt.s f29, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	la x30, dvals
	fld f5, 464(x30)
	la x30, dvals
	fld f17, 240(x30)
	la x30, dvals
	fld f14, 72(x30)
	fnmadd.d f10, f5, f17, f14, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	sllw x8, x4, x20
	srli x25, x6, 32
	sraiw x17, x12, 1
	c.lwsp x4, 16(sp)
	c.ldsp x7, 464(sp)
	bge x17, x26, 1f
	slt x27, x8, x22
	srl x16, x9, x18
1:
	remu x17, x14, x22
	la x30, dvals
	flw f28, 296(x30)
	fsqrt.s f2, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	sltu x20, x1, x17
	fnmadd.d f5, f31, f29, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	srl x23, x15, x27
	and x14, x9, x24
	remw x29, x21, x9
	mul x19, x5, x14
	ori x6, x13, 63
	la x30, dvals
	fld f10, 264(x30)
	fcvt.lu.d x9, f10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	fcvt.w.d x13, f17, dyn
	la x30, dvals
	flw f24, 636(x30)
	la x30, dvals
	flw f12, 608(x30)
	fmsub.s f24, f24, f12, f16, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	la x30, dvals
	fld f12, 528(x30)
	fmsub.d f19, f12, f9, f7, rdn
	div x7, x12, x0
	jal x10, 1f
	sll x3, x8, x26
1:
	bltu x22, x0, 1f
	or x29, x14, x9
1:
	srai x15, x27, 31
	slliw x5, x17, 1
	sh x6, 730(x31)
	lwu x4, 1268(x2)
	la x30, dvals
	fld f14, 16(x30)
	la x30, dvals
	fld f6, 208(x30)
	fadd.d f17, f14, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	mv x10, x31
	c.ld x12, 184(x10)
	div x11, x21, x13
	c.j 1f
	sllw x26, x11, x9
1:
	sb x24, 864(x31)
	bltu x5, x29, 1f
	add x15, x11, x24
1:
	fcvt.d.w f10, x28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	srai x24, x26, 32
	slliw x26, x24, 19
	la x30, dvals
	fld f26, 72(x30)
	fsqrt.d f10, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	la x30, dvals
	fld f6, 120(x30)
	la x30, dvals
	fld f9, 184(x30)
	fmsub.d f25, f6, f9, f26, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	fsqrt.d f22, f29, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	la x30, dvals
	flw f8, 368(x30)
	fadd.s f14, f24, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	ori x12, x20, -2048
	sra x21, x29, x13
	sb x14, 838(x31)
	mulhu x29, x1, x8
	sra x4, x5, x28
	bltu x4, x26, 1f
	slt x13, x11, x0
1:
	fcvt.w.s x8, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	add x25, x18, x17
	la x30, dvals
	fld f10, 224(x30)
	la x30, dvals
	fld f30, 480(x30)
	la x30, dvals
	fld f23, 120(x30)
	fnmadd.d f5, f10, f30, f23, rtz
	sb x5, 1565(x31)
	fsrmi x29, 4
	la x30, dvals
	flw f31, 684(x30)
	fcvt.l.s x17, f31, rne
	beq x12, x19, 1f
	sllw x15, x1, x6
	sllw x10, x5, x10
1:
	lui x5, 524288
	or x6, x6, x12
	sllw x7, x13, x14
	sra x3, x7, x29
	subw x15, x14, x7
	fadd.s f23, f0, f1, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	bgeu x18, x0, 1f
	and x17, x18, x1
1:
	bge x29, x20, 1f
	xor x1, x13, x6
1:
	fmin.s f26, f5, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	srai x16, x25, 63
	slliw x8, x21, 1
	srai x5, x12, 1
	slliw x0, x22, 20
	xori x20, x17, 63
	slti x23, x18, 2047
	la x30, dvals
	flw f9, 336(x30)
	fsub.s f14, f9, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	remw x6, x5, x13
	lui x25, 1
	sd x6, 1178(x31)
	fmax.s f23, f2, f13
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	xori x1, x15, -2
	la x30, dvals
	flw f20, 328(x30)
	fsqrt.s f12, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	la x30, dvals
	fld f31, 520(x30)
	fsgnj.d f11, f16, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	or x10, x9, x3
	la x30, dvals
	fld f20, 416(x30)
	fmin.d f12, f20, f13
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	addi x30, x31, 1392
	amoand.w.aqrl x0, x4, (x30)
	la x30, dvals
	flw f21, 604(x30)
	fmul.s f7, f21, f5, rup
	addi x30, x31, 200
	amoand.d.aq x0, x21, (x30)
	la x30, dvals
	flw f26, 596(x30)
	la x30, dvals
	flw f5, 352(x30)
	fnmsub.s f13, f2, f26, f5, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	fsqrt.s f5, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	jal x15, 1f
	addw x18, x16, x21
1:
	c.srai x14, 33
	c.andi x14, -27
	la x30, dvals
	flw f1, 684(x30)
	la x30, dvals
	flw f13, 388(x30)
	la x30, dvals
	flw f1, 384(x30)
	fmadd.s f12, f1, f13, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	slli x14, x29, 33
	srliw x15, x24, 9
	c.li x10, 3
	c.lui x10, 26
	divuw x15, x0, x13
	sb x9, 1189(x31)
	divuw x12, x23, x28
	sh x9, 1282(x31)
	la x30, dvals
	flw f3, 628(x30)
	fdiv.s f6, f3, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	fld f11, 696(x31)
	fsqrt.d f3, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	mulhsu x26, x11, x4
	mv x14, x31
	c.sd x11, 104(x14)
	and x25, x17, x8
	srai x17, x19, 33
	sraiw x28, x4, 1
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
	.dword 0x1951c285012f32a5
	.dword 0x0807c218f8d3fd7a
	.dword 0x68e32644895faa71
	.dword 0xfe273b5930cee81f
	.dword 0x5462a1d90b69bf55
	.dword 0xace32394daa93c5c
	.dword 0x597a9b6d48f0f2a6
	.dword 0x82272774bffb1610
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
	.dword 0xc059e490ffc9896d
	.dword 0x40c677d142d00c9f
	.dword 0x3fbcfb4370c44b49
	.dword 0xbf421643a9726a9e
	.dword 0xbfbc17ec2a9cff3c
	.dword 0x406af32ae4002475
	.dword 0xc17841739ff9c0e8
	.dword 0x3eff3d8372b154ac
	.dword 0x3ef6e1e8cd1bba7d
	.dword 0x4141b624a210a3be
	.dword 0xbf6fbae739151a9e
	.dword 0x402cdcba4724a877
	.dword 0xc1ee124e98a0d7c5
	.dword 0x003d26dc6211cc5f
	.dword 0x00185f9a16b26797
	.dword 0x43ef987842bab628
	.dword 0x00165dcb8653c794
	.dword 0xc3397c5f876b5406
	.dword 0x80372f38dbb325e0
	.dword 0xc333831fd767eb4f
	.dword 0x41e90b4a1048aa2a
	.dword 0x7fecf4f8446549d1
	.dword 0xc3e8a5139235ae66
	.dword 0x0035aa3fabfad826
	.word 0xba7c8923
	.word 0xc141ef95
	.word 0xc39987c7
	.word 0x416f6aa8
	.word 0xbc3f8100
	.word 0xc5428ecb
	.word 0xc0d0b0d3
	.word 0xc4c25a16
	.word 0x409728a2
	.word 0x3b7fda35
	.word 0xc219f978
	.word 0xbb3a42d6
	.word 0xf6c380
	.word 0x8f6e8165
	.word 0x8089a744
	.word 0x8131ad97
	.word 0x80ac4e4b
	.word 0x4b0fe6a7
	.word 0x4f2a3acb
	.word 0x801023c5
	.word 0x7f315c80
	.word 0xcf3bfab8
	.word 0x8f6429d2
	.word 0x8f02dcf0
	.balign 16
scratch:
	.word 0x568869be
	.word 0x2c4f0841
	.word 0x65ae92a2
	.word 0x48aba2bf
	.word 0xa377c4e1
	.word 0x2692eb94
	.word 0x7ea9ae4
	.word 0xc270275f
	.word 0x15ef2652
	.word 0xd586c6c0
	.word 0xa686cd8f
	.word 0x99d55094
	.word 0x4b3ee797
	.word 0x6e45c251
	.word 0x17fea396
	.word 0xb20c4850
	.word 0x5bccefb3
	.word 0x167796e
	.word 0x2713072b
	.word 0xb93eded0
	.word 0x3e791be2
	.word 0xbdaff960
	.word 0x12f8dc01
	.word 0x2667ef1d
	.word 0xab00793f
	.word 0x20deaeac
	.word 0x5461d109
	.word 0xa6580309
	.word 0x611772b5
	.word 0x677337b5
	.word 0x31377997
	.word 0x1ebb2435
	.word 0x3d8a9c4b
	.word 0xae7aa20a
	.word 0xbd487df7
	.word 0xec2e550c
	.word 0xf7770f2b
	.word 0xc4dee822
	.word 0x228e3d2f
	.word 0x405e58fa
	.word 0xe36af61a
	.word 0x894f10e
	.word 0x401a30d4
	.word 0xc616c954
	.word 0xf8b49f8a
	.word 0x3f8af28
	.word 0xd5a920e6
	.word 0xc7069fbc
	.word 0x8ad3ad44
	.word 0x10110dd9
	.word 0x4ec948c
	.word 0x59d6a9f2
	.word 0x11fd5f46
	.word 0xf8ad8bcc
	.word 0x7351cbe6
	.word 0xf88f0f0
	.word 0x2349ff5b
	.word 0x88f0b04a
	.word 0x41ce59f6
	.word 0xd4eb4d4e
	.word 0x1518ae0f
	.word 0x1bf08203
	.word 0x7dac1cbb
	.word 0x395b7766
	.word 0xa1440b1d
	.word 0x24d0dace
	.word 0xcea9a44a
	.word 0xbe33b21a
	.word 0xc6625262
	.word 0x9e4dad5
	.word 0xc57842ca
	.word 0x690def1a
	.word 0x493668cd
	.word 0x1ded19a
	.word 0xa65271ec
	.word 0xe59f3ebb
	.word 0x4b43ac7f
	.word 0xe7463039
	.word 0x96113b9
	.word 0x49d2e072
	.word 0xae49f91c
	.word 0xbc2c0489
	.word 0xab1a6037
	.word 0x4828499
	.word 0xd6205cb1
	.word 0x6b745f2a
	.word 0xf2bc8322
	.word 0x39c6bb8e
	.word 0x38569675
	.word 0xb9902419
	.word 0x1f780890
	.word 0xd32af305
	.word 0x2408a1a0
	.word 0x37ab8e7e
	.word 0x8ae9c4cc
	.word 0xfc73a374
	.word 0x8bb1883a
	.word 0xec643941
	.word 0x2c9b007
	.word 0xade00603
	.word 0x92622f3
	.word 0x627cadaf
	.word 0xeefff2b
	.word 0xd056126e
	.word 0x5160b703
	.word 0xb79e6ca3
	.word 0x3b4c0566
	.word 0xc7f38a56
	.word 0x619b304a
	.word 0xf5dc03e3
	.word 0xc1ab7f53
	.word 0x66684613
	.word 0xbbe83986
	.word 0x27cc5aaa
	.word 0x3fb0d026
	.word 0x93345d7c
	.word 0xbe1f711
	.word 0x957a7f90
	.word 0x8b8a4854
	.word 0x92958b94
	.word 0x5f045687
	.word 0x6f4f51cd
	.word 0x2ba0ddb6
	.word 0x32d6b21d
	.word 0x76396ab7
	.word 0x369b4700
	.word 0x91166f9d
	.word 0xc059dc0f
	.word 0x80d07d83
	.word 0x636b1c53
	.word 0x1ccef843
	.word 0xbb19cda0
	.word 0xd71c1236
	.word 0xfe05ebfb
	.word 0x2c2fe286
	.word 0xdf961d99
	.word 0x988342eb
	.word 0xeb150a04
	.word 0xe04aee
	.word 0x3e0c4830
	.word 0x56486515
	.word 0x7b7e460
	.word 0x9c48a65d
	.word 0x98eb019c
	.word 0xe3c743f0
	.word 0x7c9183ac
	.word 0xd0609e1e
	.word 0xb7c4c62f
	.word 0xcf27044f
	.word 0xda708098
	.word 0x861f5089
	.word 0xedc6974e
	.word 0xdac653f9
	.word 0x7960f05
	.word 0x8af4bfe
	.word 0xdbcf99d6
	.word 0x365cf82c
	.word 0x827cbc80
	.word 0xa87a78b6
	.word 0xaf5ab00
	.word 0x4d2b6d8a
	.word 0x33dd8527
	.word 0xec5db7fb
	.word 0xefdafea
	.word 0xdb16ff2a
	.word 0x9a841733
	.word 0x142d1b42
	.word 0x5fe51ce0
	.word 0x7355395c
	.word 0x5ba4bf03
	.word 0x44d39d01
	.word 0xd90771b8
	.word 0xd13d2e20
	.word 0xebdb9fdc
	.word 0x9c2a2a4c
	.word 0xf51b195d
	.word 0x502ebae5
	.word 0x693972dc
	.word 0xab38fccd
	.word 0x2081d53d
	.word 0x5ee97dee
	.word 0x5bc42dc4
	.word 0x11e49dba
	.word 0xc8200ef3
	.word 0xf63f4b8c
	.word 0xf696414b
	.word 0xe958fc94
	.word 0x2f8af9d1
	.word 0x66acd0a9
	.word 0x6b885055
	.word 0x51dad214
	.word 0x7892acd8
	.word 0x8c3ef1dc
	.word 0x12ae431e
	.word 0x83702178
	.word 0x6cb33837
	.word 0x7d0e604d
	.word 0x91f4810e
	.word 0x3b7d7d64
	.word 0xee7568c
	.word 0x62e23677
	.word 0xa1b44841
	.word 0x3f33ffff
	.word 0x594bccb9
	.word 0x3b436637
	.word 0xa7301355
	.word 0xe06def8
	.word 0x6eef3694
	.word 0x8f83a3ca
	.word 0x84a958d7
	.word 0x59ce0ece
	.word 0x9ae7da65
	.word 0x54c21cb0
	.word 0xfdd6f45a
	.word 0x48e91b74
	.word 0x1b727857
	.word 0xdb6eff0b
	.word 0x957c34cc
	.word 0x6f521afe
	.word 0xadb453f8
	.word 0xdea343bd
	.word 0x6c43a237
	.word 0x18ac8895
	.word 0xbe73e50a
	.word 0x988a4803
	.word 0xe0c25806
	.word 0xd39b7107
	.word 0xac2349a
	.word 0xc67b04f2
	.word 0x7a47e780
	.word 0x50433fbb
	.word 0xc13cc841
	.word 0x5eac4f3b
	.word 0x3e23d75e
	.word 0xddce927a
	.word 0xffbb62fa
	.word 0xef690a08
	.word 0xb25ce9c
	.word 0xec34eb07
	.word 0x5bd2460d
	.word 0x716e1f04
	.word 0xe3560e23
	.word 0x70dd922a
	.word 0x918edfa6
	.word 0x53d69fb
	.word 0xa849e2ba
	.word 0x17c3fe15
	.word 0x682c28b5
	.word 0x4a653b28
	.word 0x4d09f8a8
	.word 0x3184f566
	.word 0x4a243cb2
	.word 0x7bf1570b
	.word 0x7313efe3
	.word 0xd31e9a14
	.word 0xbdf5d7a
	.word 0xee7dc502
	.word 0x8d6863ec
	.word 0xa3a1cfa6
	.word 0xd0fd130c
	.word 0x2109e202
	.word 0xb47c3866
	.word 0x5d6cda1e
	.word 0x3c05829
	.word 0x106af52b
	.word 0x9739fbcc
	.word 0xa045d26c
	.word 0x5b03b268
	.word 0x849a3d2f
	.word 0xa4c82ab0
	.word 0x9251359f
	.word 0x28b3722e
	.word 0x9824bbf5
	.word 0xe4199758
	.word 0x8ad7801
	.word 0x520c7137
	.word 0x59751b62
	.word 0xb93debae
	.word 0x8d4d18ca
	.word 0xe4ddb3e0
	.word 0x692ccb0
	.word 0xbf988572
	.word 0x49e4cfc9
	.word 0xd3ad7f27
	.word 0xf57d8163
	.word 0xef69baab
	.word 0xdfaa6015
	.word 0xe6b9b1e1
	.word 0xc03acdc3
	.word 0xa9dec142
	.word 0x4f218e99
	.word 0xa0a0ade0
	.word 0x16821aae
	.word 0xef29f8e5
	.word 0xd6932f1f
	.word 0xdd624247
	.word 0x3077f292
	.word 0xa9f6580
	.word 0x23cdc477
	.word 0xf32e5316
	.word 0x10dd79b0
	.word 0x428feee5
	.word 0x553138cc
	.word 0x3738bad8
	.word 0x2c16f7c9
	.word 0xaf1a797e
	.word 0xe68ce5e4
	.word 0x3c3b477c
	.word 0xce494fd6
	.word 0x11cc7def
	.word 0x504b8837
	.word 0x8e26ab1
	.word 0xf339650b
	.word 0x2c953227
	.word 0xd0e37eaf
	.word 0x59eee7b4
	.word 0x261c8238
	.word 0x7d20fbb5
	.word 0x289b395e
	.word 0xb9ab0e46
	.word 0xd417ec97
	.word 0x192612f5
	.word 0xb4633669
	.word 0x876198fe
	.word 0x3bbe5ae1
	.word 0xeca25090
	.word 0x70b07ac8
	.word 0x82c1e2bc
	.word 0x6c518317
	.word 0xda5aecce
	.word 0x7fae8acf
	.word 0x70108b34
	.word 0x4fb14a6f
	.word 0xb96fbb31
	.word 0x8f3e3a95
	.word 0x45fb6ac3
	.word 0x3cc0ccd2
	.word 0x8e09519f
	.word 0x236693c2
	.word 0xd2cbc2ed
	.word 0xf850c366
	.word 0xe7b21c78
	.word 0x239482a6
	.word 0xcbc37386
	.word 0x13cfcabf
	.word 0xb993a193
	.word 0x79954f23
	.word 0xde59a47b
	.word 0xb0009310
	.word 0xee3a8601
	.word 0x61a5d6fc
	.word 0xb43d5361
	.word 0xd47ef569
	.word 0x50a9d000
	.word 0x3f954fd4
	.word 0x5b9f1883
	.word 0xa96bbc44
	.word 0x2893595
	.word 0xa34b7688
	.word 0x7ed818e5
	.word 0xc55446e7
	.word 0xfc988443
	.word 0x6e02db2b
	.word 0x99939298
	.word 0x93dc0878
	.word 0x48b32331
	.word 0xb677be3b
	.word 0x77af2283
	.word 0xec1e64fc
	.word 0x30bf633c
	.word 0x47c92750
	.word 0x741cee1
	.word 0xed23c44f
	.word 0x20e7bdda
	.word 0x3cce58f4
	.word 0xdc4c09c
	.word 0x2f364497
	.word 0x133e3fe5
	.word 0x4c9c4504
	.word 0x43a8445a
	.word 0x2f4718ab
	.word 0x4611cec2
	.word 0x86ff95e6
	.word 0xfc2e9727
	.word 0xf7866802
	.word 0x6a409d61
	.word 0x447cb377
	.word 0x905575be
	.word 0xe2b7f32f
	.word 0x8691b586
	.word 0xb4049f56
	.word 0xda27d881
	.word 0x7caeb5a
	.word 0xe91474a
	.word 0xe97a9ab6
	.word 0xffacf3a0
	.word 0x5ac0aacc
	.word 0xbcb8ad00
	.word 0x8a07c80c
	.word 0x13c8406f
	.word 0x63701c2d
	.word 0x7e4406b7
	.word 0x2cc1a63e
	.word 0x18cb2d9d
	.word 0xd26ed701
	.word 0x19509b86
	.word 0x4e2b8c56
	.word 0xcb8b2346
	.word 0x53952257
	.word 0xc288eb8
	.word 0xa20f88a7
	.word 0x3073646a
	.word 0xc33f48b5
	.word 0x6f164981
	.word 0x62e168d2
	.word 0xb09aeacf
	.word 0x55acf9ee
	.word 0x98bac866
	.word 0xf77b7f1d
	.word 0x8b8af971
	.word 0x4032d743
	.word 0x418dffee
	.word 0x30785a16
	.word 0x5c6a76eb
	.word 0x4454e9b0
	.word 0xf5322521
	.word 0x835de0aa
	.word 0xd65f5ece
	.word 0x8d5681ad
	.word 0xf102ec9c
	.word 0x3eb66054
	.word 0xa52fb84a
	.word 0x16fcfa79
	.word 0xbfc04aa0
	.word 0x64162caa
	.word 0x91e4b10b
	.word 0xff7f8fc9
	.word 0xde53b9ca
	.word 0x843f029f
	.word 0xe9f6c589
	.word 0x19b8586a
	.word 0x44173730
	.word 0xfcddaf48
	.word 0x6fa5f192
	.word 0xe36cf279
	.word 0xd95e71e8
	.word 0xfb0c3179
	.word 0xd946d2e8
	.word 0x6061bfc5
	.word 0xa4bfb529
	.word 0x114d38a4
	.word 0x7d659288
	.word 0x29aa5752
	.word 0xb44f8b2
	.word 0x1e0ca1fb
	.word 0xcc4318a2
	.word 0x45b6ee29
	.word 0x9603c010
	.word 0x2e375510
	.word 0x5633dc1a
	.word 0x9ba1d282
	.word 0x9fc98d3a
	.word 0x63bddbad
	.word 0xc1caeee9
	.word 0x1ee79ca2
	.word 0x4306e97b
	.word 0x5b110b8f
	.word 0x367a015f
	.word 0xbc6a9497
	.word 0x31f87e8b
	.word 0xfb09327f
	.word 0x7591275c
	.word 0x7e2b73c1
	.word 0x1a3826e8
	.word 0xc2401ada
	.word 0xe27c70b7
	.word 0xe13e76c2
	.word 0xd3220711
	.word 0xebcdb0d1
	.word 0xe720797a
	.word 0xe9e6e2dd
	.word 0x82165863
	.word 0x6a59812e
	.word 0x15f1ee10
	.word 0x2e4cbb29
	.word 0x9c11301d
	.word 0xf84b6f94
	.word 0x228d0c48
	.word 0xe38df48a
	.word 0xfe8fda84
	.word 0xbe34550b
	.word 0xa630c761
	.word 0x654bb9ef
	.word 0x5cbc4a54
	.word 0x6b22b54f
	.word 0x8ce23aca
	.word 0xbcd8fdf7
	.word 0xcfafc4c4
	.word 0xd1dcb4bf
	.word 0xae25945a
	.word 0x89759bad
	.word 0x7a04f30d
	.word 0x68c106df
	.word 0x4b429892
	.word 0x124a43fa
	.word 0x1c90f2e0
	.word 0x5b528346
	.word 0x6c729dbb
	.word 0xc779a979
	.word 0xb888fa12
	.word 0x5e97d717
	.word 0x2ad9c08d
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
