	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 24(x30)
	ld x3, 168(x30)
	ld x4, 96(x30)
	ld x5, 48(x30)
	ld x6, 168(x30)
	ld x7, 72(x30)
	ld x8, 56(x30)
	ld x9, 128(x30)
	ld x10, 152(x30)
	ld x11, 40(x30)
	ld x12, 160(x30)
	ld x13, 128(x30)
	ld x14, 136(x30)
	ld x15, 152(x30)
	ld x16, 176(x30)
	ld x17, 136(x30)
	ld x18, 16(x30)
	ld x19, 96(x30)
	ld x20, 72(x30)
	ld x21, 32(x30)
	ld x22, 176(x30)
	ld x23, 184(x30)
	ld x24, 192(x30)
	ld x25, 128(x30)
	ld x26, 40(x30)
	ld x27, 8(x30)
	ld x28, 136(x30)
	ld x29, 104(x30)
	ld x30, 192(x30)
	la x30, dvals
	flw f0, 388(x30)
	flw f1, 336(x30)
	flw f2, 304(x30)
	fld f3, 80(x30)
	fld f4, 40(x30)
	fld f5, 352(x30)
	fld f6, 256(x30)
	flw f7, 372(x30)
	fld f8, 232(x30)
	fld f9, 364(x30)
	fld f10, 224(x30)
	fld f11, 184(x30)
	fld f12, 376(x30)
	flw f13, 384(x30)
	flw f14, 316(x30)
	fld f15, 48(x30)
	fld f16, 176(x30)
	fld f17, 232(x30)
	fld f18, 96(x30)
	fld f19, 344(x30)
	fld f20, 40(x30)
	fld f21, 72(x30)
	fld f22, 0(x30)
	flw f23, 356(x30)
	fld f24, 152(x30)
	flw f25, 388(x30)
	fld f26, 176(x30)
	flw f27, 344(x30)
	flw f28, 388(x30)
	fld f29, 40(x30)
	fld f30, 112(x30)
	flw f31, 288(x30)
	c.nop
	slti x0, x23, -2
	lb x26, 244(x2)
	xor x12, x3, x22
	remw x21, x29, x8
	mulhu x24, x19, x23
	bgeu x7, x25, 1f
	sllw x23, x14, x20
	srl x3, x4, x8
1:
	lhu x29, 1514(x2)
	fcvt.w.s x22, f12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	mul x16, x6, x9
	sd x9, 424(x31)
	remw x0, x15, x18
	la x30, dvals
	fld f17, 48(x30)
	fclass.d x12, f17
	addi x30, x31, 1016
	amoand.d.aq x9, x20, (x30)
	mulw x9, x12, x15
	fsqrt.d f1, f6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	la x30, dvals
	flw f21, 664(x30)
	la x30, dvals
	flw f5, 356(x30)
	la x30, dvals
	flw f15, 280(x30)
	fnmadd.s f10, f21, f5, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	fld f2, 224(x30)
	fsgnjn.d f28, f23, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	la x30, dvals
	fld f12, 512(x30)
	fcvt.w.d x18, f12, rtz
	and x24, x19, x17
	la x30, dvals
	fld f27, 552(x30)
	fcvt.wu.d x10, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	sd x26, 600(x31)
	c.lwsp x5, 36(sp)
	c.ldsp x20, 120(sp)
	la x30, dvals
	flw f19, 396(x30)
	la x30, dvals
	flw f27, 612(x30)
	fsgnjx.s f4, f19, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	sltu x11, x9, x11
	la x30, dvals
	fld f11, 112(x30)
	fle.d x6, f11, f7
	sll x25, x24, x0
	ori x0, x14, 1
	frcsr x25
	divuw x5, x22, x20
	fmv.d.x f4, x20
	addi x30, x31, 520
	amoor.w.aq x13, x25, (x30)
	mv x13, x31
	c.fld f8, 224(x13)
	la x30, dvals
	flw f29, 288(x30)
	fmsub.s f0, f21, f29, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	slt x24, x16, x23
	slli x29, x10, 31
	srliw x24, x29, 0
	lb x0, 979(x2)
	c.li x26, -10
	c.lui x26, 1
	fsub.s f19, f2, f19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	la x30, dvals
	fld f21, 152(x30)
	fcvt.lu.d x21, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	rem x1, x19, x25
	la x30, dvals
	flw f14, 600(x30)
	la x30, dvals
	flw f1, 284(x30)
	la x30, dvals
	flw f7, 288(x30)
	fnmadd.s f14, f14, f1, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	csrrci x21, fflags, 6
	la x30, 1f
	jalr x17, 1(x30)
	or x9, x13, x19
1:
	addi x21, x18, 32
	slli x21, x19, 32
	sraiw x7, x3, 0
	sb x21, 1132(x31)
	andi x24, x17, 64
	slti x9, x16, -2
	addiw x3, x3, -2
	c.j 1f
	sltu x21, x14, x11
1:
	blt x3, x1, 1f
	add x13, x25, x0
	sra x24, x3, x25
1:
	addi x30, x31, 1304
	amoor.d.aq x29, x1, (x30)
	addi x30, x31, 488
	lr.w.rl x15, (x30)
	sll x1, x19, x10
	sc.w.rl x13, x4, (x30)
	sc.w x10, x19, (x30)
	bne x23, x29, 1f
	and x6, x23, x10
1:
	la x30, dvals
	fld f12, 456(x30)
	feq.d x7, f12, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	lwu x23, 28(x2)
	sw x22, 1940(x31)
	fmadd.s f24, f4, f17, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	slli x9, x21, 63
	sraiw x26, x7, 31
	c.li x15, -17
	c.lui x15, 12
	ld x5, 1232(x2)
	slli x14, x26, 31
	srliw x1, x22, 1
	add x8, x10, x1
	div x5, x23, x18
	sub x22, x15, x15
	andi x17, x29, 2047
	addi x20, x14, 31
	mv x9, x31
	c.fsd f14, 64(x9)
	remuw x13, x14, x24
	c.li x23, 21
	c.lui x23, 12
	addiw x5, x20, -2048
	beq x15, x0, 1f
	srl x1, x17, x27
	srlw x5, x9, x23
1:
	la x30, dvals
	fld f29, 176(x30)
	la x30, dvals
	fld f9, 464(x30)
	fsgnj.d f13, f29, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	c.slli x1, 18
	la x30, dvals
	fld f14, 112(x30)
	fmadd.d f25, f14, f0, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	sw x8, 1804(x31)
	bne x25, x14, 1f
	srlw x9, x4, x15
	sub x6, x12, x14
1:
	sw x3, 96(x31)
	la x30, dvals
	flw f16, 604(x30)
	la x30, dvals
	flw f21, 332(x30)
	fsub.s f27, f16, f21, rdn
	srli x21, x10, 32
	sraiw x13, x20, 8
	blt x19, x13, 1f
	sllw x14, x10, x20
	sub x8, x1, x20
1:
	la x30, dvals
	flw f18, 352(x30)
	la x30, dvals
	flw f12, 660(x30)
	fmsub.s f5, f18, f13, f12, rtz
	c.bnez x15, 1f
	sub x29, x21, x16
1:
	subw x22, x0, x20
	csrrwi x19, frm, 3
	sh x23, 972(x31)
	remw x22, x29, x1
	div x21, x3, x11
	c.slli x23, 19
	flw f2, 1832(x31)
	srlw x6, x11, x18
	or x15, x25, x11
	sltiu x12, x18, -2048
	jal x20, 1f
	sraw x18, x19, x20
1:
	sll x19, x12, x12
	mul x27, x1, x25
	xor x26, x10, x4
	srai x16, x14, 32
	sraiw x5, x22, 0
	addiw x9, x14, 2047
	fmv.d.x f10, x24
	la x30, dvals
	flw f25, 664(x30)
	fmin.s f14, f25, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	la x30, dvals
	fld f29, 56(x30)
	la x30, dvals
	fld f29, 424(x30)
	fsub.d f23, f29, f29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	la x30, dvals
	fld f2, 472(x30)
	la x30, dvals
	fld f2, 480(x30)
	la x30, dvals
	fld f15, 472(x30)
	fnmadd.d f28, f2, f2, f15, dyn
	lwu x19, 1428(x2)
	la x30, dvals
	flw f24, 352(x30)
	la x30, dvals
	flw f17, 596(x30)
	fmsub.s f12, f14, f24, f17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	la x30, dvals
	fld f10, 0(x30)
	fdiv.d f29, f10, f3, rmm
	c.addi4spn x12, sp, 352
	sraw x1, x6, x20
	fadd.d f8, f22, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	addiw x5, x5, -2
	mul x25, x4, x12
	la x30, dvals
	fld f24, 136(x30)
	fcvt.w.d x4, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	ori x18, x1, 2047
	addi x9, x4, 32
	sh x25, 432(x31)
	remw x14, x11, x6
	mulhsu x18, x8, x3
	and x27, x27, x24
	andi x20, x13, 0
	la x30, dvals
	fld f20, 48(x30)
	fsqrt.d f29, f20, rup
	la x30, dvals
	flw f20, 624(x30)
	fdiv.s f31, f1, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	c.j 1f
	sltu x4, x19, x14
1:
	subw x23, x7, x17
	c.swsp x5, 224(sp)
	c.sdsp x11, 376(sp)
	mv x15, x31
	c.ld x15, 64(x15)
	addi x30, x31, 200
	amomaxu.w.rl x20, x29, (x30)
	c.srai x13, 20
	c.andi x8, -32
	slti x19, x22, 1
	fcvt.s.lu f22, x18, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	fcvt.l.d x16, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	beq x29, x13, 1f
	or x0, x28, x24
	sraw x0, x28, x3
1:
	lw x17, 1492(x2)
	la x30, dvals
	fld f5, 512(x30)
	fcvt.s.d f23, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	la x30, dvals
	flw f11, 608(x30)
	la x30, dvals
	flw f2, 592(x30)
	fdiv.s f22, f11, f2, rup
	c.bnez x14, 1f
	sra x26, x21, x18
1:
	mulhu x0, x18, x13
	mul x13, x0, x5
	sll x28, x4, x6
	fcvt.s.wu f0, x27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	lwu x21, 256(x31)
	la x30, dvals
	flw f0, 360(x30)
	fcvt.d.s f19, f0
	auipc x26, 0
	addi x30, x31, 1280
	amomin.d x7, x11, (x30)
	la x30, dvals
	flw f15, 644(x30)
	la x30, dvals
	flw f31, 636(x30)
	fadd.s f24, f15, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	divu x29, x26, x1
	la x30, 1f
	jalr x17, 1(x30)
	sra x25, x21, x9
1:
	subw x3, x20, x29
	c.lwsp x8, 124(sp)
	c.ldsp x1, 288(sp)
	bgeu x4, x9, 1f
	subw x16, x23, x9
	slt x7, x22, x11
1:
	fsqrt.d f20, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	rem x28, x20, x23
	la x30, dvals
	fld f17, 80(x30)
	la x30, dvals
	fld f3, 576(x30)
	fadd.d f8, f17, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	beq x25, x18, 1f
	sll x3, x20, x26
	xor x11, x12, x22
1:
	la x30, dvals
	flw f9, 656(x30)
	fdiv.s f15, f19, f9, rtz
	addw x21, x15, x0
	fmv.x.d x17, f8
	lw x29, 1360(x2)
	sub x6, x23, x3
	fcvt.lu.d x5, f7, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	sh x0, 940(x31)
	flw f4, 964(x31)
	la x30, dvals
	flw f24, 676(x30)
	la x30, dvals
	flw f26, 300(x30)
	fadd.s f0, f24, f26, rmm
	srlw x26, x6, x22
	lbu x16, 142(x2)
	lh x5, 1948(x31)
	remu x5, x6, x25
	la x30, dvals
	fld f25, 576(x30)
	fsub.d f18, f6, f25, rmm
	sltiu x24, x22, 32
	xori x17, x21, -1694
	addi x30, x31, 376
	amoadd.w.aq x27, x29, (x30)
	sh x25, 1808(x31)
	fmul.s f31, f8, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	la x30, dvals
	flw f19, 636(x30)
	la x30, dvals
	flw f15, 656(x30)
	fmul.s f9, f19, f15, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	addi x30, x31, 176
	amomaxu.w.aq x0, x24, (x30)
	bgeu x10, x16, 1f
	sra x22, x12, x29
1:
	la x30, dvals
	flw f3, 632(x30)
	fmul.s f8, f16, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	sra x10, x28, x25
	beq x8, x24, 1f
	srlw x5, x20, x24
	sllw x28, x18, x17
1:
	sllw x7, x17, x9
	la x30, dvals
	fld f23, 240(x30)
	la x30, dvals
	fld f1, 48(x30)
	fadd.d f10, f23, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	sll x27, x24, x21
	bge x13, x14, 1f
	sra x13, x7, x13
1:
	sb x22, 769(x31)
	div x19, x12, x22
	xor x4, x8, x28
	addi x30, x31, 1776
	amoadd.d.aqrl x0, x20, (x30)
	xor x12, x12, x24
	mulh x14, x20, x4
	fsflags x21, x3
	andi x3, x18, 1178
	sb x24, 940(x31)
	addi x7, x24, 63
	la x30, dvals
	fld f0, 512(x30)
	la x30, dvals
	fld f9, 72(x30)
	fmul.d f3, f0, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	sw x28, 1680(x31)
	subw x7, x9, x27
	srlw x29, x23, x8
	la x30, dvals
	flw f28, 640(x30)
	fcvt.wu.s x8, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	la x30, dvals
	flw f1, 292(x30)
	fmin.s f28, f1, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	fmul.d f10, f25, f29, rtz
	la x30, dvals
	fld f14, 264(x30)
	fmin.d f13, f11, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	c.fldsp f10, 304(sp)
	or x18, x14, x19
	la x30, dvals
	flw f21, 648(x30)
	fsub.s f2, f14, f21, rdn
	la x30, dvals
	fld f28, 408(x30)
	fadd.d f2, f7, f28, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	fsqrt.s f31, f13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	la x30, dvals
	flw f24, 680(x30)
	la x30, dvals
	flw f7, 320(x30)
	fnmadd.s f11, f24, f7, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	subw x0, x10, x23
	rem x26, x24, x0
	sub x22, x15, x13
	la x30, dvals
	fld f25, 424(x30)
	la x30, dvals
	fld f16, 240(x30)
	fdiv.d f18, f25, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	fmv.d.x f7, x6
	la x30, dvals
	flw f31, 392(x30)
	fmul.s f5, f0, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	addi x30, x31, 896
	lr.w.aq x3, (x30)
	sub x22, x11, x23
	sc.w.aq x18, x18, (x30)
	addi x30, x31, 1656
	amoor.w.aqrl x25, x25, (x30)
	add x21, x22, x7
	addw x15, x21, x18
	sltu x20, x3, x9
	jal x9, 1f
	sub x3, x19, x10
1:
	div x24, x15, x16
	srai x8, x10, 31
	srliw x13, x12, 31
	slt x26, x15, x14
	la x30, dvals
	fld f12, 584(x30)
	la x30, dvals
	fld f26, 552(x30)
	fmul.d f24, f12, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	la x30, dvals
	fld f7, 32(x30)
	la x30, dvals
	fld f10, 408(x30)
	fadd.d f8, f7, f10, rne
	mulhsu x11, x26, x19
	slti x14, x22, -2048
	fmax.s f5, f14, f28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	la x30, dvals
	flw f0, 340(x30)
	la x30, dvals
	flw f29, 592(x30)
	fmadd.s f22, f0, f29, f21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	la x30, dvals
	flw f25, 384(x30)
	fsub.s f30, f25, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	jal x17, 1f
	sra x1, x11, x12
1:
	sub x1, x22, x1
	la x30, dvals
	fld f7, 504(x30)
	fcvt.w.d x4, f7, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	addi x30, x31, 608
	lr.d.aqrl x15, (x30)
	sc.d.aqrl x20, x18, (x30)
	lw x6, 2030(x2)
	la x30, dvals
	flw f7, 336(x30)
	fcvt.d.s f5, f7
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	bne x10, x5, 1f
	subw x22, x4, x0
1:
	la x30, dvals
	fld f14, 96(x30)
	la x30, dvals
	fld f14, 512(x30)
	fdiv.d f14, f14, f14, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	addi x9, x10, 64
	divw x24, x19, x1
	sb x16, 446(x31)
	remu x17, x15, x3
	remw x6, x20, x27
	addi x30, x31, 424
	amomin.d.rl x18, x14, (x30)
	sd x25, 1872(x31)
	fsgnj.s f7, f9, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	sb x29, 1968(x31)
	la x30, dvals
	fld f16, 80(x30)
	la x30, dvals
	fld f12, 504(x30)
	la x30, dvals
	fld f3, 240(x30)
	fnmadd.d f3, f16, f12, f3, dyn
	fcvt.d.lu f4, x19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	div x26, x0, x0
	addi x30, x31, 424
	amominu.w.aqrl x29, x19, (x30)
	lhu x26, 998(x31)
	fsw f9, 800(x31)
	slti x25, x19, 63
	la x30, dvals
	fld f13, 136(x30)
	la x30, dvals
	fld f21, 176(x30)
	feq.d x6, f13, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	fcvt.s.d f24, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	remu x10, x6, x15
	bne x5, x7, 1f
	xor x15, x6, x12
	subw x12, x10, x26
1:
	la x30, dvals
	fld f10, 584(x30)
	fmin.d f4, f22, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	fmv.d.x f30, x6
	la x30, dvals
	flw f9, 328(x30)
	fadd.s f13, f9, f29, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	flw f4, 684(x30)
	fclass.s x3, f4
	lb x20, 734(x2)
	la x30, dvals
	flw f4, 360(x30)
	la x30, dvals
	flw f25, 632(x30)
	la x30, dvals
	flw f10, 664(x30)
	fmsub.s f21, f4, f25, f10, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	sb x12, 1869(x31)
	la x30, dvals
	flw f14, 648(x30)
	la x30, dvals
	flw f22, 304(x30)
	fdiv.s f18, f14, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	slt x28, x23, x19
	remw x17, x15, x10
	sll x24, x27, x3
	c.fldsp f28, 112(sp)
	la x30, dvals
	fld f31, 552(x30)
	fmul.d f20, f31, f3, rdn
	sh x18, 534(x31)
	la x30, dvals
	fld f19, 472(x30)
	la x30, dvals
	fld f4, 472(x30)
	fdiv.d f2, f19, f4, rmm
	lwu x0, 1172(x31)
	div x0, x5, x18
	sllw x28, x24, x29
	addi x30, x31, 1208
	amoswap.d.rl x20, x23, (x30)
	la x30, dvals
	fld f10, 496(x30)
	la x30, dvals
	fld f0, 448(x30)
	fadd.d f22, f10, f0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	bge x29, x4, 1f
	sra x0, x18, x22
1:
	la x30, dvals
	fld f17, 536(x30)
	fsqrt.d f10, f17, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	ori x10, x26, 1
	srai x13, x20, 1
	sraiw x27, x25, 31
	jal x26, 1f
	sra x6, x23, x21
1:
	mulhsu x9, x22, x12
	beq x23, x21, 1f
	subw x13, x3, x18
1:
	la x30, dvals
	flw f20, 372(x30)
	fclass.s x8, f20
	sd x12, 1456(x31)
	auipc x1, 524287
	srli x6, x18, 31
	slliw x24, x10, 0
	c.nop
	add x25, x14, x8
	rem x18, x5, x6
	la x30, dvals
	fld f5, 456(x30)
	feq.d x25, f30, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	la x30, 1f
	jalr x8, 0(x30)
	addw x21, x1, x6
1:
	lw x28, 1964(x2)
	blt x21, x27, 1f
	add x4, x15, x26
	slt x18, x28, x21
1:
	sh x11, 1988(x31)
	div x21, x8, x13
	ld x7, 1009(x2)
	la x30, dvals
	fld f31, 72(x30)
	la x30, dvals
	fld f7, 512(x30)
	fsgnjn.d f15, f31, f7
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	remuw x28, x26, x17
	lb x18, 1440(x31)
	fcvt.d.lu f25, x22, dyn
	and x4, x17, x7
	bne x20, x16, 1f
	sub x0, x8, x28
1:
	la x30, 1f
	jalr x6, 1(x30)
	sra x20, x16, x18
1:
	la x30, dvals
	fld f29, 72(x30)
	fmul.d f17, f29, f2, rtz
	sb x0, 790(x31)
	jal x8, 1f
	add x25, x28, x18
1:
	ori x6, x7, -2048
	slt x19, x4, x25
	auipc x17, 1048575
	andi x18, x8, 0
	addw x4, x1, x3
	sra x3, x18, x29
	remuw x1, x11, x23
	addw x6, x16, x1
	sraw x23, x14, x7
	lbu x28, 492(x31)
	addi x6, x19, 2047
	fcvt.s.d f17, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	srli x16, x13, 33
	slliw x4, x14, 0
	srai x23, x19, 33
	sraiw x24, x8, 31
	remw x29, x27, x27
	la x30, dvals
	flw f19, 636(x30)
	fmadd.s f17, f29, f12, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	la x30, 1f
	c.jr x30
	sll x13, x29, x29
1:
	fsub.d f28, f12, f9, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	slli x8, x6, 32
	slliw x11, x11, 0
	addi x30, x31, 928
	lr.d x6, (x30)
	add x8, x24, x7
	sc.d x13, x27, (x30)
	c.fsdsp f20, 432(sp)
	bgeu x25, x28, 1f
	srl x11, x9, x26
1:
	sw x28, 1358(x31)
	addi x30, x31, 1576
	amomin.d.aq x28, x24, (x30)
	fld f4, 1936(x31)
	mv x15, x31
	c.fsd f11, 200(x15)
	fcvt.s.wu f3, x1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	sb x17, 514(x31)
	la x30, dvals
	fld f4, 504(x30)
	la x30, dvals
	fld f25, 0(x30)
	la x30, dvals
	fld f2, 240(x30)
	fnmsub.d f31, f4, f25, f2, rup
	divu x3, x6, x22
	or x3, x5, x27
	c.slli x23, 57
	sll x9, x10, x12
	remw x18, x21, x11
	remuw x8, x10, x22
	lhu x15, 58(x2)
	fsub.d f2, f16, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	sh x18, 762(x31)
	xor x25, x17, x23
	remu x6, x7, x11
	sll x21, x10, x18
	sraw x15, x13, x12
	ld x14, 1576(x31)
	la x30, dvals
	fld f0, 528(x30)
	fmul.d f15, f0, f6, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	sb x11, 633(x31)
	srlw x15, x8, x17
	sraw x4, x16, x17
	sh x24, 1158(x31)
	srl x12, x5, x8
	sraw x22, x24, x7
	la x30, dvals
	fld f17, 80(x30)
	fcvt.l.d x11, f17, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	rem x20, x24, x6
	sra x15, x13, x13
	fsub.s f28, f6, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	mulhu x19, x20, x6
	remw x3, x11, x22
	la x30, dvals
	flw f2, 288(x30)
	fsub.s f3, f11, f2, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	la x30, dvals
	fld f21, 544(x30)
	fmsub.d f28, f28, f15, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	div x25, x29, x3
	sra x21, x3, x0
	sll x7, x5, x18
	bgeu x6, x1, 1f
	sll x21, x23, x24
	add x29, x24, x15
1:
	la x30, dvals
	flw f9, 676(x30)
	fadd.s f3, f9, f11, rne
	add x22, x29, x24
	sb x16, 1086(x31)
	addi x30, x31, 224
	amoor.d.rl x15, x22, (x30)
	sh x9, 2021(x31)
	fcvt.s.wu f5, x0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	mul x1, x19, x13
	slli x9, x18, 48
	slliw x26, x26, 1
	la x30, dvals
	fld f29, 408(x30)
	la x30, dvals
	fld f18, 168(x30)
	fsub.d f17, f29, f18, rne
	remuw x23, x13, x1
	la x30, dvals
	fld f10, 464(x30)
	fdiv.d f7, f10, f20, rne
	beq x15, x6, 1f
	or x1, x26, x10
1:
	add x5, x8, x23
	la x30, dvals
	flw f5, 336(x30)
	la x30, dvals
	flw f26, 596(x30)
	fnmadd.s f4, f5, f25, f26, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	la x30, dvals
	flw f28, 352(x30)
	fcvt.lu.s x6, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	sh x28, 590(x31)
	srli x27, x18, 32
	sraiw x6, x24, 1
	lui x17, 0
	c.addi x13, -1
	c.addiw x13, -1
	fnmadd.d f11, f18, f1, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	fsgnj.s f26, f16, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	auipc x14, 521279
	la x30, dvals
	fld f8, 0(x30)
	fsub.d f27, f27, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	fsqrt.d f8, f30, rtz
	fsqrt.s f22, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	sltiu x28, x7, 32
	c.nop
	la x30, dvals
	flw f23, 340(x30)
	fmul.s f30, f23, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	bgeu x5, x19, 1f
	srl x24, x25, x19
1:
	c.li x7, -27
	c.lui x7, 22
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
	.dword 0x291c47299edfcd75
	.dword 0x895a876def5e3d76
	.dword 0x36edc8ce717da9b4
	.dword 0x4d2239b148978bdb
	.dword 0x847a528d0b592698
	.dword 0xdecc1afdefe112b4
	.dword 0x7b49798fdb6ec5d3
	.dword 0x79402319d9448c88
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
	.dword 0x3eb50672f6dff34f
	.dword 0xc0d7db66972dbc23
	.dword 0x408f89b7fbaea293
	.dword 0x3e690e83c13cde6f
	.dword 0xc04e94a7a5bb329a
	.dword 0xc03255133ccc8913
	.dword 0x3e1e1eb1b314b11d
	.dword 0xbe791655272def7c
	.dword 0xbfe9330516a1f8e9
	.dword 0x3ec1502e3a0408e4
	.dword 0xc158b2fb20971dc8
	.dword 0x3f4de3a9e3664735
	.dword 0xc1ec2bbae9c1e80f
	.dword 0xc1ecce26ecb03cba
	.dword 0x7fe2d25deda0cf39
	.dword 0xffdc8687a6ace531
	.dword 0x83262662b0a67277
	.dword 0xc33407a72d0085cf
	.dword 0xc1eb3bd263af3052
	.dword 0xffdc7e84b52d749a
	.dword 0x8020ae7e0d6b2719
	.dword 0x80258a76d7b6ef7b
	.dword 0x43e71e67667c01a2
	.dword 0x8030079dc83b303c
	.word 0x42e2edf5
	.word 0x3b69f24c
	.word 0x43b81733
	.word 0xbb975887
	.word 0x3bac0b35
	.word 0x41ba6b4b
	.word 0xbe84787a
	.word 0xc11da671
	.word 0xc1b29f87
	.word 0xc0e03081
	.word 0x3e10884a
	.word 0x449c69db
	.word 0xcb59a014
	.word 0xfece56a5
	.word 0xdf477254
	.word 0xfe9d30de
	.word 0xcf168089
	.word 0xff243958
	.word 0x11d6310
	.word 0x7e8363a5
	.word 0x8f1dd10f
	.word 0xdf6da49d
	.word 0x5f1a4843
	.word 0xfea5dcc1
	.balign 16
scratch:
	.word 0x9b83a93f
	.word 0x3a23f3cd
	.word 0xcf144de0
	.word 0x93a5b834
	.word 0xb0c666c5
	.word 0xffc1e18a
	.word 0xbde8ce32
	.word 0x21f55885
	.word 0xd6520317
	.word 0x5025a9ef
	.word 0x461f5703
	.word 0x33134efc
	.word 0x35090da
	.word 0x3830d79f
	.word 0x7aa7f93e
	.word 0x358f043e
	.word 0x741d79fa
	.word 0xbf68d90b
	.word 0x2d748ecf
	.word 0x290b23b9
	.word 0xe2f885e7
	.word 0xbac78465
	.word 0x32b2940
	.word 0xa6605261
	.word 0x29a8aa97
	.word 0xa3b0c9aa
	.word 0xea3f49e8
	.word 0x634b4549
	.word 0x77ae77b8
	.word 0x927c4994
	.word 0x72964253
	.word 0xe153989d
	.word 0xda4e461d
	.word 0x4330043b
	.word 0x355ff9e0
	.word 0x861006f1
	.word 0x5f02d756
	.word 0xb8eaa1e2
	.word 0x760466a9
	.word 0xa0f643e1
	.word 0x79c0a324
	.word 0xd926ab36
	.word 0x844dcfd6
	.word 0x8b5530ad
	.word 0x855047ad
	.word 0x39118e9f
	.word 0x108f353e
	.word 0x33394b6a
	.word 0x50d4ce40
	.word 0xea89f30e
	.word 0x49e3763a
	.word 0xc3a090a8
	.word 0xe70af632
	.word 0x8051b054
	.word 0x7d360459
	.word 0xa122a67
	.word 0xa48354c8
	.word 0xd5c4b65
	.word 0x22586dd
	.word 0xed318be2
	.word 0x55f91d44
	.word 0xbc656bec
	.word 0x32048f60
	.word 0xdef30c14
	.word 0x514ba62c
	.word 0x9448a98b
	.word 0xae48afd7
	.word 0xcdf053ce
	.word 0x36b7f14a
	.word 0xdb4475a5
	.word 0xebef14fd
	.word 0x2766b8e5
	.word 0xff367bd8
	.word 0x39e11c3e
	.word 0x56bcf0ad
	.word 0xdd8fabd9
	.word 0x36676bc3
	.word 0xb8f3afcc
	.word 0x6c436069
	.word 0x986498e
	.word 0xd64ad375
	.word 0x8a29987
	.word 0x29d8dd8e
	.word 0x7f4993fa
	.word 0xebe85941
	.word 0xf8c12d01
	.word 0x714d1591
	.word 0xac14d1ae
	.word 0xf2005d7e
	.word 0xcc53d489
	.word 0x6e9752e8
	.word 0x1d88012d
	.word 0xa818509b
	.word 0xe367525e
	.word 0x2cbe4fc8
	.word 0x4da0900b
	.word 0xab9a24bb
	.word 0xeab549d
	.word 0xe32016a1
	.word 0xdf7c8d3b
	.word 0x95a28096
	.word 0x73b46b8e
	.word 0x267f496c
	.word 0x25077665
	.word 0xb2bdc380
	.word 0x53751a26
	.word 0xf605e5fe
	.word 0x1dfa14c3
	.word 0xb3293532
	.word 0x2468c155
	.word 0xb40d91f4
	.word 0xc0514f4d
	.word 0xdeabe9b1
	.word 0xd02e979f
	.word 0x5973a8d1
	.word 0xa15a4245
	.word 0xcb404f4c
	.word 0x979c6d18
	.word 0x5dd360e7
	.word 0x83c9800
	.word 0xfca6665e
	.word 0x3dda7368
	.word 0x55e1cd3
	.word 0x1e47e991
	.word 0x8dc2bd4b
	.word 0x971dbfbe
	.word 0x3da796ab
	.word 0x2120b352
	.word 0xde17f617
	.word 0x3a75c9dd
	.word 0xea8b273a
	.word 0x43e8218c
	.word 0xbce9ce60
	.word 0x219412b2
	.word 0xdb826933
	.word 0x422c0e41
	.word 0xbf6db9d3
	.word 0x2ac62f8
	.word 0x509795a1
	.word 0xe65f72b0
	.word 0x927a034
	.word 0x590a8a24
	.word 0x18fce63
	.word 0xf0399a02
	.word 0xac4ecc7e
	.word 0xcde7e55e
	.word 0x18cb82f8
	.word 0x7a0260f2
	.word 0xf59b447c
	.word 0x3f85d436
	.word 0x25698057
	.word 0xb90e3626
	.word 0x8693f1a3
	.word 0xec5a53f0
	.word 0x62a41ca2
	.word 0xc735ab7a
	.word 0x390098b7
	.word 0x68dbda3c
	.word 0x60162db2
	.word 0x11a7d322
	.word 0x93bf3ea3
	.word 0xf907f656
	.word 0xfe6b83b0
	.word 0x4da5537e
	.word 0x1e96f3fb
	.word 0xddd7826f
	.word 0x9ed4e0e2
	.word 0x5bdc9146
	.word 0xf772823c
	.word 0x419f6566
	.word 0xb4d8c1f
	.word 0xe3081e78
	.word 0xf82aad7b
	.word 0x1d36ec99
	.word 0xd41035ab
	.word 0x8602a3d9
	.word 0x9d44b645
	.word 0x7a0e63e3
	.word 0x7839439a
	.word 0x590f5c5f
	.word 0xe21846bd
	.word 0xb33de89a
	.word 0xcbfb5e2d
	.word 0xa7eb6872
	.word 0x964ced00
	.word 0x7671f636
	.word 0x5e555fcd
	.word 0x403c267b
	.word 0x5a97a442
	.word 0x6de9daed
	.word 0x803e6757
	.word 0xd640869d
	.word 0x14fbff54
	.word 0x938115c
	.word 0x69610e75
	.word 0x5d5ece62
	.word 0x16cb494b
	.word 0x83a0c1fa
	.word 0xe8664a95
	.word 0x7abbbef
	.word 0x6a1a1304
	.word 0x272a6019
	.word 0xe07c42d
	.word 0x26c1f2ec
	.word 0xb13aae2
	.word 0xb7b56d65
	.word 0x5921cd49
	.word 0x71937cad
	.word 0xdedca66e
	.word 0x8392fa6
	.word 0x9472d140
	.word 0x50c7bcd
	.word 0xc4c64017
	.word 0x945068d5
	.word 0xb01a0a70
	.word 0xdbda299a
	.word 0x43cdfb2e
	.word 0x69a0ea3a
	.word 0xe8159969
	.word 0x3c2a0a55
	.word 0xd1720845
	.word 0x9f26ef78
	.word 0x1bf00d9c
	.word 0x5233971d
	.word 0x3ad4c9d5
	.word 0xde293c62
	.word 0xcd0516b0
	.word 0x95b70a79
	.word 0xebfa10a5
	.word 0x94326e12
	.word 0xe7f81faa
	.word 0x65a8982c
	.word 0xa3094c3a
	.word 0xdb4766dd
	.word 0xc4077f73
	.word 0x56c85a67
	.word 0xed160005
	.word 0x8fc0674e
	.word 0xe6153d9a
	.word 0x756df469
	.word 0xb7f682b9
	.word 0x9393bc49
	.word 0x674726c4
	.word 0xf063066b
	.word 0x856be9bc
	.word 0xf3dea7d2
	.word 0xc3ba7c40
	.word 0xa757179
	.word 0x2f1a69d4
	.word 0x263bc044
	.word 0x985e84fd
	.word 0x50e1133d
	.word 0x2257c5be
	.word 0x86ed710e
	.word 0x31580868
	.word 0x3af71802
	.word 0xe711abd9
	.word 0x9f36bf6c
	.word 0x53b87b21
	.word 0xc752dcaf
	.word 0x4292b4c
	.word 0x957c66c
	.word 0xc2ddea81
	.word 0x8e335da7
	.word 0x557e23e4
	.word 0xb15f87c5
	.word 0x7547e5d6
	.word 0xb6514428
	.word 0x44556302
	.word 0xee9fb418
	.word 0x1b8bbad6
	.word 0xf6f8db7e
	.word 0x5f7adb15
	.word 0x87175a39
	.word 0xe659ce31
	.word 0x2c6fbe3e
	.word 0xaeaa6eaa
	.word 0x8c94bdb5
	.word 0x7f6014a4
	.word 0xc361e19e
	.word 0x151998d7
	.word 0xe66e1116
	.word 0xadd4a530
	.word 0x172588a9
	.word 0x602f8d91
	.word 0xa2214ebf
	.word 0xf52b83c4
	.word 0x2f3b6ccd
	.word 0x16ff5e1c
	.word 0x5aa8b0c2
	.word 0xdaaa05da
	.word 0xd8301292
	.word 0x9625cbc3
	.word 0xc4ea31cd
	.word 0xd8a9c424
	.word 0xe58bb272
	.word 0xeb72c990
	.word 0xfa5286b0
	.word 0xfa1eadb2
	.word 0xdab7b6a6
	.word 0xa00f7277
	.word 0x86771fb7
	.word 0xd5b86397
	.word 0xe0970132
	.word 0x16996c2a
	.word 0x589a0524
	.word 0x1fefae5b
	.word 0xaeb3d269
	.word 0x4b2d9ad6
	.word 0xf693fb4d
	.word 0xb6b9e9b0
	.word 0xfa7a2297
	.word 0x7b3b2de3
	.word 0xce6f16a0
	.word 0xbbdb1f5d
	.word 0xde2abbe5
	.word 0xa39db68e
	.word 0xbcc3f928
	.word 0xbf3583bb
	.word 0xe71e675a
	.word 0x555366a0
	.word 0x9683603
	.word 0xfaa26b37
	.word 0x4f5eca75
	.word 0x54140edd
	.word 0x6c37437a
	.word 0xf506b96
	.word 0x4677fa67
	.word 0x9e5399ba
	.word 0x41f14e08
	.word 0x6e3f3810
	.word 0xae92ed4e
	.word 0x9451ceb3
	.word 0x1d78f670
	.word 0x756802cb
	.word 0xd31a5233
	.word 0xb2d3ad3d
	.word 0x29f9be67
	.word 0xd89f7edd
	.word 0xdfdc6a9f
	.word 0x37bd8d8
	.word 0x747c79e8
	.word 0x93618d48
	.word 0xfbd359ac
	.word 0x8c34aa3f
	.word 0x371b9646
	.word 0xffbde14f
	.word 0x31103025
	.word 0xd585fe4f
	.word 0x23c94649
	.word 0x6b0c1ae9
	.word 0xe27896e1
	.word 0xe43d18d3
	.word 0xa3cc3340
	.word 0x912013d2
	.word 0xf819559f
	.word 0x87f1458a
	.word 0x474a176a
	.word 0xb14de299
	.word 0xaec646d6
	.word 0xa58a0ed8
	.word 0x6e7ee2f0
	.word 0xf637c7e0
	.word 0xd7b3d025
	.word 0x1b53f93e
	.word 0xeaf56b84
	.word 0xb73cc086
	.word 0xcaaef510
	.word 0x95931dd6
	.word 0x331d7e82
	.word 0x5636c64
	.word 0x7514da73
	.word 0x2503669e
	.word 0x73c0ccb6
	.word 0x20910a3d
	.word 0x3b03f016
	.word 0xe5234056
	.word 0x28111e82
	.word 0x73ea3722
	.word 0x94c3d905
	.word 0x1382d074
	.word 0x7802e2f2
	.word 0xafcaab5c
	.word 0xae8b978c
	.word 0x53354f91
	.word 0xa2254cb2
	.word 0x7dd2240b
	.word 0x13384ce2
	.word 0x4e2437b0
	.word 0xd29828f9
	.word 0x276b047a
	.word 0xbb689688
	.word 0x9e8188d4
	.word 0x5cf0bc39
	.word 0x258089c2
	.word 0xa3a2a05e
	.word 0x28a6aca
	.word 0xb5b2a943
	.word 0xf3cd98ce
	.word 0x5a5b6c24
	.word 0xcc210eab
	.word 0x53771271
	.word 0x9614374d
	.word 0xf4e7953
	.word 0xcceb5541
	.word 0x6e27ea60
	.word 0xfe1fd975
	.word 0xa31e064d
	.word 0x19256366
	.word 0x1c76c182
	.word 0x4c9a9781
	.word 0xd33dae34
	.word 0xb998b469
	.word 0x4dadbf83
	.word 0xb1e9f70d
	.word 0x6e0a01a9
	.word 0xe9d9e076
	.word 0x6f3e193d
	.word 0x2f240911
	.word 0x6ec9bc52
	.word 0x7139ce93
	.word 0x559ad626
	.word 0xe49c20a9
	.word 0x71af2d4d
	.word 0x14de2e8e
	.word 0xf0ff4729
	.word 0x1b570fa4
	.word 0xaeddac55
	.word 0x71b73e3e
	.word 0x586615c6
	.word 0xc10d8d89
	.word 0x672e2f37
	.word 0xfbdb5433
	.word 0xbaf2ef3d
	.word 0x5b2aa57
	.word 0x4ff4274b
	.word 0xa8b97a65
	.word 0x7946aa7f
	.word 0x2d2a931b
	.word 0x96705b5f
	.word 0x3e654f92
	.word 0x657fcf79
	.word 0xe848711
	.word 0x52bbec62
	.word 0xc9c0c4d9
	.word 0xfa2a02f4
	.word 0xf4ef260e
	.word 0x15f32d39
	.word 0x7ad29773
	.word 0x2fa08ecd
	.word 0xf15f0fd1
	.word 0x401d7e3
	.word 0xe148bb3d
	.word 0x33c3656a
	.word 0xb2af517d
	.word 0x489b7a9d
	.word 0xded1e659
	.word 0xa14c5dd4
	.word 0x742fdd4f
	.word 0x7f492b0c
	.word 0x1f384518
	.word 0xe4f29475
	.word 0x79f1862b
	.word 0x6fac9491
	.word 0x5ae78bce
	.word 0xd85dde21
	.word 0x10a0324d
	.word 0xcbdabe19
	.word 0x1f23d2b5
	.word 0xcbdd41ef
	.word 0x1ff293ff
	.word 0xfc27f219
	.word 0x4efeb64b
	.word 0x9ec4d050
	.word 0x9d1494d7
	.word 0xfe401110
	.word 0x702f8b01
	.word 0xa8b29f66
	.word 0x909a7be9
	.word 0x2301b75a
	.word 0xa8b5484f
	.word 0x3629bab1
	.word 0x2e8cdbce
	.word 0xb5d67b4
	.word 0x52dd3841
	.word 0x4f7937cb
	.word 0x598c026b
	.word 0xe1e0dfeb
	.word 0xb9a59e45
	.word 0x47ca5513
	.word 0xa06e4747
	.word 0x7854f384
	.word 0x22a41256
	.word 0xbd3ec601
	.word 0xda244b3e
	.word 0x3b37f17f
	.word 0x66160d93
	.word 0x5323f661
	.word 0x9017d256
	.word 0x21f9c878
	.word 0x62e4463
	.word 0x1aea2572
	.word 0x96cd0050
	.word 0xee247d53
	.word 0x504b9f14
	.word 0x5688d6c0
	.word 0xc64eede8
	.word 0x658fe231
	.word 0xa0f85475
	.word 0xe4a2888e
	.word 0x3d158b7
	.word 0x30323654
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
